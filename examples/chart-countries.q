#!/usr/bin/env asylq
# Applicants of 2023 by country of origin, as bars (other last), in Dutch:
#   asylq examples/chart-countries.q --output countries.svg
set lang = nl
applications where year = 2023 by country
