# The words of asylq's charts in English: titles, axes, legends, the remarks
# under a chart and its sources. Every message here is in chart.nl.ftl and
# chart.fr.ftl too, with the same arguments.

## Words of a title

chart-measure = { $code ->
        [applications] Applications
        [decisions] Decisions
        [workload] Workload
        [protection_rate] Protection rate
        [pending] Persons pending
       *[as-is] { $code }
    }
chart-of-measure = { $how ->
        [share] Share of
        [change] Change in
        [running] Running total of
       *[rolling] Rolling average of
    } { $measure }
chart-dimension = { $code ->
        [country] country of origin
        [month] month
        [quarter] quarter
        [half] half-year
        [year] year
        [month_of_year] month of the year
        [type] type
        [unit] unit
        [source] source
        [geo] reporting country
        [sex] sex
        [age] age
        [publisher] publisher
       *[as-is] { $code }
    }
chart-by = by
chart-and = and
chart-largest = The { $n } largest

## Stored words as a reader says them (types, units, sexes, ages); other text as it is

# `other` in a note: the report's other countries.
chart-other-countries = other countries
chart-ask-eurostat = Eurostat as the publisher
chart-term = { $code ->
        [cgvs] CGVS
        [eurostat] Eurostat
        [total] total
        [registered] registered
        [first] first applications
        [subsequent] subsequent applications
        [resettlement] resettlement
        [relocation] relocation
        [interim] interim decisions
        [refugee_status] refugee status
        [subsidiary_protection] subsidiary protection
        [inadmissible] inadmissible
        [manifestly_unfounded] manifestly unfounded
        [refusal] refusal
        [withdrawal] withdrawal
        [negative] negative
        [protection] protection
        [final] final decisions
        [normal] normal workload
        [backlog] backlog
        [published] published
        [persons] persons
        [dossiers] dossiers
        [files] files
        [percent] percent
        [per_1000] per 1,000 inhabitants
        [other] other
        [positive] positive
        [humanitarian] humanitarian status
        [temporary_protection] temporary protection
        [rejected] rejected
        [F] women
        [M] men
        [UNK] unknown
        [Y_LT14] under 14
        [Y14-17] 14 to 17
        [Y_LT18] under 18
        [Y18-34] 18 to 34
        [Y35-64] 35 to 64
        [Y_GE65] 65 or older
        [Y_GE18] 18 or older
       *[as-is] { $code }
    }

## Axes

chart-axis = { $role ->
        [points] percentage points
        [change] change, { $unit }
        [index] index, base = 100
        [change-percent] change, percent
        [share-of-whole] percent of all { $unit }
       *[share-of-period] percent of the period's { $unit }
    }
chart-index-base = index, { $base } = 100
chart-part = { $kind ->
       *[quarter] Q{ $n }
        [half] H{ $n }
    }
chart-month-short = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }

## The subtitle: the main caveat

chart-caveat = { $kind ->
        [derived] Computed by asylq from printed figures
        [as-of] A stock at the end of its last month
        [partial] In part
        [published-rate] The rate as the CGVS published it
        [missing-months] Months missing
       *[year-to-date] Year to date
    }
chart-caveat-periods = { $caveat }: { $periods }

## Under the chart: its marks and notes

chart-drawn-hollow = Hollow points, dashed lines and light columns: periods the data covers only in part, or derived ({ $periods }).
chart-drawn-in-part = Drawn, though the data covers them only in part or they are derived ({ $periods }).
chart-nothing-drawn = Nothing drawn: no period is covered whole.
chart-no-figure = No figure to draw.
chart-mark = { $period }: { $what }
chart-derived = computed by asylq from printed figures
chart-without = without { $months }
chart-only-months = { $months } only
chart-months-held = { $held } of { $of } months
chart-not-drawn = Not drawn, as the data covers them only in part: { $periods }.
chart-left-out = Left out: { $periods } (figures for a span longer than one period of the chart).
chart-no-figure-for = No figure in the store for: { $periods }.
chart-note = Note: { $note }

## Sources, as a reader cites them

chart-sources = { $number ->
        [one] Source
       *[several] Sources
    }: { $cited } (asylq)
chart-no-sources = Sources: none, as no figure is drawn (asylq)
chart-cgvs = CGVS
chart-report = { $title } (monthly report)
chart-report-published = { $title } (monthly report, published { $month })
chart-yearly-overview = yearly overview { $year } ({ $lang })
chart-yearly-overviews = yearly overviews { $first }–{ $last } ({ $lang })
chart-page = statistics page of { $month } ({ $lang })
chart-pages = statistics pages of { $first }–{ $last } ({ $lang })
chart-dataset = { $dataset } (last update { $updated })
chart-dataset-undated = { $dataset } (last update not stated)
