#!/usr/bin/env asylq
# Applications per month by type, as a line chart:
#   asylq examples/chart-trend.q --output trend.svg     (or trend.png)
applications by month, type
