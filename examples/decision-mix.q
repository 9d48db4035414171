#!/usr/bin/env asylq
# What kind of decisions the CGVS took this year, and each type's share.
decisions where year = 2023 by type share
decisions where year = 2023 and type = negative by month cumulative
