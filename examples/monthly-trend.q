#!/usr/bin/env asylq
# Applications for international protection, month by month in 2023.
applications where year = 2023 by month
