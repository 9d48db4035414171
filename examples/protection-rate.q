#!/usr/bin/env asylq
# The protection rate (dossiers) month by month, and for the year to date.
protection_rate where year = 2023 by month
protection_rate where year = 2023
