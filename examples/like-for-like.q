#!/usr/bin/env asylq
# 2023 against 2022, compared over the same months (the report covers Jan-Nov).
applications by year change

# The quarters of 2023; the fourth holds October and November only.
applications where year = 2023 by quarter change

# The top countries of 2023 with their share of all applicants.
applications where year = 2023 by country top 5 share

# The monthly average of 2023, and the month with the most applications.
applications where year = 2023 average per month
applications where year = 2023 max per month

# Applications minus decisions, in persons.
applications - decisions where year = 2023 by month
