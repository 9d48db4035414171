#!/usr/bin/env asylq
# A series over the years: load the monthly statistics pages first, e.g.
#   asylq load asielstatistieken-oktober-2019.txt asylum-statistics-february-2022.txt
# Page months and report months answer together; a page's figure never adds
# to a report's for the same month.

# Applications per year; up to 2015 the pages count files, not persons.
applications by year, unit

# The protection rate per month: computed from decision types where a report
# gives them, the rate the page published otherwise.
protection_rate by month

# The backlog at the end of each month that a page or a report gives.
workload where type = backlog by month

# Figures that a page gives otherwise than a report or another page.
show conflicts
