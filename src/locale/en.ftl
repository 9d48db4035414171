# asylq's notes in English. Every message here is in nl.ftl and fr.ftl too,
# with the same arguments (a test keeps them so).

note-rate-in-persons = By country the report counts decisions in persons only, so this rate is in persons (the national rate is in dossiers).
note-final-only = By country the report counts final decisions only: national decisions also count interim ones, so figures by country add up to less than the national total.
note-year-to-date = By country, the report gives the year to date (and its own month for applications): a row whose month reads like 2023-01..2023-10 is one figure for that whole span, not a monthly figure.
note-derived-by-country = Some figures are derived: by country, a month as the difference of two consecutive year-to-date figures, or the rest of a year to date once the months shown on their own rows are taken off (for `other`, the months of countries listed only in a month's top 10).
note-derived = Some figures are derived, not printed: a part of a total that a source states with its other part (an overview's registered applicants, its total less the resettled; a page's first applications, its files less the multiple ones), or the months a yearly overview's total covers beyond the months shown, as that total less them.
note-rest = { $period } stands for { $months } only: the other months of the span have rows of their own.
note-empty-quarter = No figures match by quarter: a yearly overview's figure covers its whole year and is not split into quarters (ask `by year`), and no month inside it is loaded.
note-empty-by-country = No figures match. By country the report gives only its own month (applications) and the year to date: another month or span cannot be answered by country.
note-empty = No figures match: the loaded reports hold no figure for this filter (`show sources` lists them).
note-forced = Warning: figures of { $rows } come from a report stored with --force, whose totals do not add up (see `sources`).
note-files = files: up to 2015 the statistics pages count asylum applications (files), not persons; they are never added to persons.
note-as-of = { $measure } is a stock: a period gives its value at the period's end; where the store lacks that month, the row gives the last month it holds: { $items }.
as-of-item = { $period } as of { $month }
note-share-of = share of { $group }: each row's percent of the { $measure } of the group { $group } ({ $types }) for the same months.
note-cumulative = cumulative: the running total restarts each January, a year-to-date total as the report prints it.
note-rolling = rolling { $n } months: each month's figure averaged with the { $before } months before it, over whole months in a row only.
note-rolling-empty = No rolling average for { $months }: the store holds fewer than { $n } whole months in a row up to them.
note-published-rate = Published rate (a statistics page's own figure, not computed from decision types): { $rows }.
note-no-rate = No rate for { $rows }: it spans months that only statistics pages cover, and a page publishes its month's rate, not the decisions behind it, so rates are never averaged or combined.
note-partial-quarter = { $quarter } is partial: the data covers { $span } only.
note-missing-months = { $shown } covers { $covered } of { $of } months ({ $how ->
        [rate] the rate of the decisions of those the store holds
       *[sum] the sum of those the store holds
    }); missing: { $missing }.
the-figure = The figure
note-combine-gaps = No value where the two measures do not cover the same months: { $gaps }.
combine-gap = { $shown } ({ $left } { $left_span }, { $right } { $right_span })
the-answer = the answer
no-figure = no figure
note-average-per-month = average per month: the total over the span divided by the number of months its figures cover (a year-to-date figure counts as all its months).
note-summary = { $kind } per { $per }: taken over whole { $per ->
        [month] months
        [quarter] quarters
       *[year] years
    } only.
note-left-out = Left out, because the data covers only part of them: { $periods }.
note-average-gap = { $period } covers { $covered } of { $asked } months: the average is over the { $covered } months the store holds, { $span }.
note-change = change: each row against { $base ->
        [month] the month before
        [quarter] the same months of the quarter before
        [month-year] the same month a year earlier
        [stock-year] the workload at the end of the same month a year earlier
       *[year] the same months of the year before
    }.
note-change-stock-quarter = No change for { $shown }: a stock is compared at quarter ends, and { $shown } is as of { $month }.
note-change-partial = { $shown } covers { $span } only, so it is compared with the same months { $step ->
        [quarter] a quarter earlier
       *[year] a year earlier
    }: { $compared } ({ $figure }).
note-change-missing = No change where the store lacks the base figure for every month compared: { $items }.
change-needs = { $shown } (needs { $compared })
note-type-level = By type at the level every period gives: for { $periods }, the sources give { $measure } only as `{ $group }`, not as { $group ->
        [registered] first and subsequent applications
       *[total] the types of decision
    }; so every period shows `{ $group }` in their place.
note-country-in-other = { $country } is not among the countries the report lists for { $measure }: its figures are inside `other` ("Andere landen"), which the report does not split.
note-mixed-definitions = Mixed definitions: the applicants of { $months } are the registered applicants only (their pages state no resettlement); the other months include resettlement.
note-no-conflict = No conflict: every figure that a page and a report (or two pages) both give for a month agrees.
note-no-revision = No figure has been revised: no newer report gives another value for a stored figure.
