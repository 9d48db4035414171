#!/usr/bin/env asylq
# The workload at the end of the latest month: total, normal workload and backlog.
workload by type
workload where unit = persons
