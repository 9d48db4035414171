#!/usr/bin/env asylq
# Where each figure comes from: report, table and line.
applications where month = 2023-11 by type, source
