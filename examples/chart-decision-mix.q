#!/usr/bin/env asylq
# The mix of the CGVS's decisions month by month, as stacked shares:
#   asylq examples/chart-decision-mix.q --output decision-mix.svg
decisions where year = 2023 by month, type share
