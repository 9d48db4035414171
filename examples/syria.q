#!/usr/bin/env asylq
# Syria: applications and final decisions in 2023 (year to date, persons).
applications where year = 2023 and country = "Syria" by type
decisions where country = "Syria" by type
protection_rate where country = "Syria"
