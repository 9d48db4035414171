#!/usr/bin/env asylq
# The five largest countries of origin of 2023 and their share of all applicants:
#   asylq examples/chart-share.q --output share.svg     (in French)
set lang = fr
applications where year = 2023 by country top 5 share
