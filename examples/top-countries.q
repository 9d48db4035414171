#!/usr/bin/env asylq
# The five countries of origin with the most applicants this month and this year.
applications where month = 2023-11 by country top 5
applications where year = 2023 by country top 5
