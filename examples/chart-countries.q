#!/usr/bin/env asylq
# Applicants of 2023 by country of origin, as bars (other last):
#   asylq examples/chart-countries.q --output countries.svg
applications where year = 2023 by country
