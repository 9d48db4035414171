#!/usr/bin/env asylq
# The months of 2022 and 2023 side by side: one row per month of each year.
# With --pivot year, a row per month and a column per year.
applications where year >= 2022 by month_of_year, year
