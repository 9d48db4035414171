#!/usr/bin/env asylq
# Applications per month with the change against the same month of 2022.
applications by month change yoy
