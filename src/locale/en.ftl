# asylq's notes in English. Every message here is in nl.ftl and fr.ftl too,
# with the same arguments (a test keeps them so).

note-rate-in-persons = By country the report counts decisions in persons only, so this rate is in persons (the national rate is in dossiers).
note-final-only = By country the report counts final decisions only: national decisions also count interim ones, so figures by country add up to less than the national total.
note-year-to-date = By country, the report gives the year to date (and its own month for applications): a row whose month reads like 2023-01..2023-10 is one figure for that whole span, not a monthly figure.
note-derived-by-country = Some figures are derived: by country, a month as the difference of two consecutive year-to-date figures, or the rest of a year to date once the months shown on their own rows are taken off (for the row `other`, the months of countries listed only in a month's top 10). On a page, the row `other` is the month's registered applicants less the countries its ranking counts.
note-derived = Some figures are derived, not printed: a part of a total that a source states with its other part (an overview's registered applicants, its total less the resettled; a page's first applications, its files less the multiple ones), or the months a yearly overview's total covers beyond the months shown, as that total less them.
note-rest = { $period } stands for { $months } only: the other months of the span have rows of their own.
note-rest-with-part = { $period } stands for { $months }, and for the part of { $shared } that { $n ->
        [one] its own row lacks (a part its source does not give)
       *[other] their own rows lack (a part their sources do not give)
    }: the other months of the span have rows of their own.
note-rest-cut-by-filter = Not in this answer: { $rows }: a yearly overview's figure (its year, or the rest of it beside the months given on their own) that stands for months inside and outside the filter's months together; `by month` over its whole year shows it.
note-rest-in-no-quarter = On no quarter's row: { $rows }: a yearly overview's figure (its year, or the rest of it beside the months given on their own) that stands for months of several quarters together; `by month` shows it.
note-rest-in-no-half = On no half-year's row: { $rows }: a yearly overview's figure (its year, or the rest of it beside the months given on their own) that stands for months of both halves together; `by month` shows it.
word-figure-of = { $period } ({ $figure })
note-empty-quarter = No figures match by quarter: a yearly overview's figure covers its whole year and is not split into quarters (ask `by year`), and no month inside it is loaded.
note-empty-by-country = No figures match. By country the report gives only its own month (applications) and the year to date: another month or span cannot be answered by country.
note-empty-other-unit = The sources give these figures in { $other_word }, not in { $unit_word }: ask `where unit = { $other }`; asylq never converts one unit into the other.
note-cgvs-other-unit = The CGVS's own figures for this query are in { $other_word }, not in { $unit_word }: ask `where unit = { $other }`; asylq never converts one unit into the other.
note-cgvs-periods-other-unit = The CGVS's own figures for { $periods } are in { $other_word }, not in { $unit_word }: ask `where unit = { $other }`; asylq never converts one unit into the other.
note-periods-other-unit = No row for { $periods }: the sources give these figures in { $other_word } there, not in { $unit_word }: ask `where unit = { $other }`; asylq never converts one unit into the other.
note-empty = No figures match: the loaded sources (reports, statistics pages, yearly overviews) hold no figure for this filter (`show sources` lists them).
note-forced = Warning: figures of { $rows } come from a report stored with --force, whose totals do not add up (see `sources`).
note-files = files: up to 2015 the statistics pages count asylum applications (files), not persons; they are never added to persons.
note-as-of = { $measure ->
        [pending] Persons pending are
        *[other] The workload is
    } a stock: a period gives its value at the period's end; where the store lacks that month, the row gives the last month it holds: { $items }.
note-as-of-by-type = { $measure ->
        [pending] Persons pending are
        *[other] The workload is
    } a stock: by type, a period gives its total and its parts all of one month, the last month that gives the most of them, which may be earlier than the last month the store holds: { $items }.
as-of-item = { $period } as of { $month }
note-share-of = share of { $group }: each row's percent of the { $measure } of the group { $group } ({ $types }) for the same months.
note-cumulative = cumulative: the running total restarts each January, a year-to-date total as the report prints it.
note-cumulative-years = No running total for { $rows }: a running total over years needs every month from the first year's January on, and that year or one before it lacks months (the store lacks them, Eurostat marks them not available, or the filter leaves them out); it is never a total over less.
note-cumulative-missing = No running total for { $rows }: the answer holds no figure for months of their year before them (the store lacks them, Eurostat marks them not available, or the filter leaves them out), and a running total is never a total over less.
note-cumulative-rest = No running total for { $rows }: { $spans } { $n ->
        [one] stands
       *[other] stand
    } for months of several periods together and { $n ->
        [one] is
       *[other] are
    } on no row, so no running total from January can be told.
note-cumulative-span = No running total for { $rows }: { $spans } stands for several months together, so it is no step of a running total and the total at a month inside it cannot be told; a running total after its last month, in the same year, includes it.
note-rolling = rolling { $n } months: each month's figure averaged with the { $before } months before it, over whole months in a row only.
note-rolling-empty = No rolling average for { $months }: the store holds fewer than { $n } whole months in a row up to them.
note-rolling-unavailable = No rolling average for { $months }: one of the { $n } months up to them is a row without a figure (Eurostat marks it not available, `:`), and an average is never taken over fewer months.
note-published-rate = Published rate (the figure a statistics page or yearly overview published, not computed from decision types): { $rows }.
note-no-rate = No rate for { $rows }: some of its months only statistics pages cover, each with its own month's rate; rates are never averaged or combined, and no rate is computed over less than its period.
note-rate-unknown = No rate for { $rows }: its sources state neither a rate on its basis (the `basis` column) nor the outcomes of the decisions (only how many were taken), and asylq never guesses one.
note-rate-over-persons = A rate over persons, not over dossiers, is published for { $rates }: ask with `where unit = persons`.
note-rate-over-dossiers = A rate over dossiers, not over persons, is published for { $rates }: ask with `where unit = dossiers`.
word-rate-of = { $period } ({ $rate } %)
note-partial-quarter = { $quarter } is partial: the data covers { $span } only.
note-filter-cuts-period = { $quarter }: the filter keeps { $span } of it only.
note-missing-months = { $shown } covers { $covered } of { $of } months ({ $how ->
        [rate] the rate of the decisions of those the store holds
       *[sum] the sum of those the store holds
    }); missing: { $missing }.
note-months-in-rest = { $shown } covers { $covered } of { $of } months (the sum of those the store holds); { $inside } { $n ->
        [one] is
       *[other] are
    } inside { $rests }, a figure for several periods together on no row (below){ $lacking ->
        [0] .
       *[other] ; missing: { $missing }.
    }
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
note-last-months = The last months count back from { $month }, the newest month the store holds on its own; a source reaches { $reached } only as part of a longer period (a yearly overview), which gives no month of its own.
note-wider-than-row = On no { $per ->
    [quarter] quarter's
   *[other] half-year's
} row: { $rows }: figures the source gives only for a longer period, which no { $per ->
    [quarter] quarter
   *[other] half-year
} can hold; an answer by year shows them.
note-unranked-span = Left out of top, as they stand for several months together and are no month to rank: { $rows }.
note-unranked = Left out of { $how }, as they have no value: { $rows }.
note-top-unlike = The rows ranked cover different numbers of months ({ $counts }): their order is no ranking of the period; `show top10` lists the ranks the sources state.
note-summary-untold = The { $per ->
    [quarter] quarter
   *[other] month
} of the { $kind ->
    [max] largest figure
    [min] smallest figure
   *[other] median
} cannot be told: { $count ->
    [one] { $spans } gives { $months } months only together
   *[other] each of { $spans } gives its months only together ({ $months } months in all)
}, and any { $per ->
    [quarter] quarter inside may be that quarter
   *[other] of them may be that month
}.
note-average-gap = { $period } covers { $covered } of { $asked } months: the average is over the { $covered } months the store holds, { $span }.
note-summary-gap = { $period } covers { $covered } of { $asked } months: { $kind } per { $per } is taken over the { $per ->
        [quarter] quarters
        [year] years
       *[month] months
    } the store holds, { $span }; what it lacks could { $kind ->
        [max] be larger
        [min] be smaller
       *[median] move the median
    }.
note-change = change: each row against { $base ->
        [month] the month before
        [quarter] the same months of the quarter before
        [half] the same months of the half-year before
        [month-year] the same month a year earlier
        [stock-year] the workload at the end of the same month a year earlier
       *[year] the same months of the year before
    }.
note-change-stock-quarter = No change for { $shown }: a stock is compared at quarter ends, and { $shown } is as of { $month }.
note-change-partial = { $shown } covers { $span } only, so it is compared with the same months { $step ->
        [quarter] a quarter earlier
        [half] a half-year earlier
       *[year] a year earlier
    }: { $compared } ({ $figure }).
note-change-missing = No change where the store lacks the base figure for every month compared: { $items }.
change-needs = { $shown } (needs { $compared })
change-against = { $shown } (against { $compared })
note-change-rest = No change for { $rows }: each stands for months known only together (the rest of a yearly overview's year, beside the months given on their own), and the store holds no figure for those same months of the period compared.
note-change-unlike = No change where the months compared are stored but not like for like (one side counts resettled, relocated or other types of figure the other does not give): { $items }.
note-type-level = By type at the level every period gives: for { $periods }, the sources give { $measure ->
        [applications] applications
       *[other] decisions
    } only as `{ $group }`, not as { $group ->
        [registered] first and subsequent applications
       *[total] the types of decision
    }; so every period shows `{ $group }` in their place.
note-country-in-other = { $country } is not among the countries the report lists for { $measure }: its figures are inside `other` ("Andere landen"), which the report does not split.
note-mixed-definitions = Mixed definitions: the applicants of { $months } include no { $part } (their sources state none); the other rows include it.
note-mixed-definitions-within = Mixed definitions: the applicants of { $months } include no { $part } (their sources state none); the other rows of { $within }, when it ran, include it.
word-resettlement = resettlement
word-relocation = relocation
note-resettled-only = Not like for like: the applicants of { $months } are the resettled only (their pages state no registered applicants as a figure); the other months count every applicant.
note-no-conflict = No conflict: every figure that a page and a report (or two pages) both give for a month agrees.
note-no-revision = No figure has been revised: no newer report gives another value for a stored figure.

## The frame of an error.
word-error = error
word-error-title = Error
word-help-title = Help:

## Errors of files, the store and the system
error-file = { $path }: { $reason }
error-source = { $path }: { $problem }
error-io = { $doing }: { $reason }
error-no-data-directory = no data directory for { $what }
error-closed = the reader of the output went away
doing-writing-output = writing the output
doing-starting-prompt = starting the prompt
doing-reading-input = reading input
doing-reading-stdin = reading stdin
what-page-cache = the page cache
what-user-store = the user's store; pass --db PATH
context-path = { $path }
context-opening = opening { $path }
store-in-use = { $context }: the database is in use by another asylq process (a load, or a query while this is a load) and was not let go within { $seconds } seconds; try again when it is done, or wait longer (--wait SECONDS)
store-damaged = { $context }: the store file is damaged (a block of it does not read back as written). Run `asylq load` again into a new store (`--db NEW.duckdb`), or restore a backup of the file.
    {"  "}detail: { $detail }
store-missing = { $context }: no such database
store-not-a-store = { $context }: this DuckDB file is not an asylq store (no facts table)
store-older = { $context }: this store was made by an older asylq (schema { $found }; this asylq reads schema { $wanted }). Run `asylq rebuild --db { $context }` to read its sources again into a store of this version.
store-newer = { $context }: this store was made by a newer asylq (schema { $found }; this asylq reads schema { $wanted }); use that asylq, or load the reports again into a new store
store-other = { $context }: { $detail }
doing-reading-the-store = reading the store
doing-creating-the-schema = creating the schema
doing-storing-countries = storing countries
doing-starting-a-transaction = starting a transaction
doing-storing-the-report = storing the report
doing-storing-facts = storing facts
doing-committing-the-report = committing the report
doing-running-the-query = running the query
doing-removing-a-source = removing a source
doing-reading-the-answer = reading the answer
doing-ranking-the-facts = ranking the facts
doing-preparing-the-query = preparing the query
doing-opening-duckdb = opening DuckDB
doing-deriving-months = deriving months
doing-creating-the-country-table = creating the country table
doing-committing-the-unload = committing the unload
doing-writing-file = writing { $path }

## The store as of a month
doing-as-of = taking the figures as of { $month }

## Errors of readers, loads, fetches and the command line
check-failed = line { $line }: { $table } ({ $what }): the report prints { $printed }, its parts add up to { $computed }
report-missing = not a complete CGVS report: { $what }
report-malformed = line { $line }: { $what }
report-no-title = the title line 'ASIELSTATISTIEKEN <month> <year>'
report-second-title = a second report starts here ('{ $second }'; the first, '{ $first }', on line { $line }): load each report from its own file
report-title-no-month = the title does not name a month and year
report-published-before = the publication date ({ $published }) is before the report's month ({ $month })
report-published-unreadable = the publication date '{ $date }' is not a month and year
report-no-column = { $table }: the header has no column for '{ $name }'
report-figure-count = { $table }: expected { $expected } figures
report-no-top-ten = the top 10 countries of applicants in { $period } (a row 'Totaal { $period }')
report-no-country-decisions = final decisions by country (a table headed 'Land van herkomst')
report-no-decision-tables = decisions by month: two tables (persons and dossiers)
report-no-decisions-in-persons = decisions by month in persons
report-unknown-row = { $table }: unknown row '{ $label }'
report-figure-count-months = { $table }: expected { $expected } figures ({ $months } months and the total)
report-no-row = { $table }: the row for '{ $kind }'
report-figures-found = expected { $expected } figures, found { $found } (a figure garbled or missing?)
report-too-large = the figures are too large to add up
report-no-section = { $section } (a section titled '{ $title }')
report-figure-count-month-year = { $table }: expected 2 figures (month, year)
report-no-total-row = { $table }: the total row
report-no-overview-workload = overview: the workload in dossiers
report-monthly-figure-count = applications by month: expected 4 figures
report-total-before-year = applications by month: a total before any year
report-no-monthly-applications = applications by month for { $year }
report-no-application-column = the table's header has no column for '{ $name }' applications
report-month-count = applications by month { $year }: expected { $expected } months, found { $found }
section-overview-applications = the overview of applications
section-overview-decisions = the overview of decisions
section-overview-workload = the overview of the workload
section-monthly-applications = applications by month
section-top-ten = the top 10 countries of applicants
section-monthly-decisions = decisions by month
section-workload = the workload
check-country-total = { $country } total
check-top-ten = top 10 + other, { $kind }
check-against-monthly-applications = total { $kind } against applications by month
check-against-monthly-decisions = total { $kind } against decisions by month
check-total-of-year = { $kind }, total of the year
check-column-total = total of column { $column }
check-year-to-date = { $kind }, year to date
check-month-total = { $month } total
check-year-kind = { $year } { $kind }
check-workload-parts = total = normal workload + backlog
check-against-workload-page = against the workload page
check-page-applicants = registered + resettlement + relocation = total
check-yearly-applicants = first + subsequent + resettlement = total
page-empty = an empty file: there is nothing to read
page-not-cgvs = looks like a news article or another text, not a CGVS statistics page or report: its first line, '{ $first_line }', is not the title of one ({ $titles }, or a first line such as { $sentence })
page-language = a text in another language (it looks { $language }): asylq reads the CGVS pages in Dutch, French and English
page-no-period = a CGVS title that names no period: '{ $title }' (a monthly page's title names its month and year, an overview's its year)
page-part-of-year = a CGVS overview of part of a year ('{ $title }'): asylq reads the monthly statistics pages and the yearly overviews, not half-year releases
page-yearly-no-figures = a CGVS yearly overview of { $year } that states none of the year's figures asylq reads (applicants, decisions, protection rate, workload at the year's end)
page-no-figures = not a CGVS statistics page: it names { $month } but states none of the month's figures (applicants, decisions, protection rate, workload)
source-pdf = a PDF, not text: convert it to text first, e.g. with pdftotext
source-headerless-eurostat = looks like a Eurostat download without its header line: its first line, '{ $first_line }', is a row of figures, not the header that names the dimensions and periods; download the file again
source-at = { $path }:{ $what }
load-unbalanced = its totals do not add up; nothing was stored (pass --force to store it anyway):{ $failures }
load-rival-download = another edition of { $dataset } { $stated ->
        [yes] with the same last update ({ $updated })
       *[no] that states no last update either
    } is stored with other figures ({ $other }); nothing was stored (pass --replace to put this one in its place)
load-rival-edition = another edition of the { $month } report, also published { $published }, is stored ({ $other }); nothing was stored (pass --replace to put this one in its place)
rebuild-no-text = the store holds no text of it (made before asylq kept texts); load it again from its file
rebuild-unbalanced = its totals do not add up: { $failure }
rebuild-refused = { $count } sources were not stored again:{ $sources }
load-refused = { $count } of the { $files } files were refused, so nothing was stored (load the others alone, or fix these and load them all again):{ $refused }
fetch-unreachable = cannot reach { $address }: { $reason }; nothing was fetched or stored (is the network up?)
fetch-not-found = no page for { $month }: { $tried } answered 404
fetch-overview-not-found = no yearly overview of { $year }: { $tried } answered 404
fetch-missing = pages not found:{ $missing }
fetch-future = fetch { $spec }: { $first } is in the future (this is { $now })
fetch-not-over = fetch { $spec }: { $now } is not over yet, and the CGVS publishes a month's figures in the month after
fetch-no-page-yet = fetch { $spec }: the months after { $complete } have no page yet (this is { $now }); fetch { $first }..{ $complete }
fetch-period = fetch { $period }: expected a month (2019-10), a year (2019) or a span (2019-01..2019-06)
usage-no-embedded = --no-embedded starts a new store, and { $path } already holds the embedded report: load into a new --db
usage-output-no-extension = --output { $path }: asylq cannot write a file without an extension; name a .csv, .tsv, .json, .jsonl, .md, .txt, .svg or .png file
usage-output-extension = --output { $path }: asylq cannot write '.{ $extension }' files; name a .csv, .tsv, .json, .jsonl, .md, .txt, .svg or .png file
usage-size = --size { $size }: expected WIDTHxHEIGHT, each 100 to 4000, e.g. 1200x600
usage-envelope = --envelope needs --format json or jsonl
usage-one-chart = a chart file holds one answer: run one query per --output
usage-export-extension = { $path }: export writes .csv, .tsv, .json, .jsonl or .parquet (or - for stdout)
usage-export-file = { $path }: name a .csv, .tsv, .json, .jsonl or .parquet file, or - for stdout
usage-parquet-stdout = export writes Parquet to a file only: name a .parquet file
usage-export-format = export writes csv, tsv, json, jsonl or parquet, not { $format }
usage-unload-none = unload { $which }: no source of that file name or digest (see `asylq sources`)
usage-unload-many = unload { $which }: { $count } sources match, name one by its digest: { $names }
usage-as-of-none = --as-of { $when }: no source the store holds was published by { $month } (see `asylq sources`)
usage-as-of-unknown = --as-of { $which }: expected a month (2023-12), or a source's file name or digest (see `asylq sources`)
usage-as-of-many = --as-of { $which }: sources of that name were published in different months; name one by its digest
usage-as-of-replaced = --as-of { $which }: both a stored source and an edition that `load --replace` took out have that name; name one by its digest (`asylq sources`, `show revisions`)
usage-unknown-argument = unexpected argument '{ $arg }'; `asylq --help` lists the options
usage-invalid-value = '{ $value }' is not a value of { $arg }; its values are { $values }
usage-value-missing = { $arg } needs a value; `asylq --help` says which
usage-param = --param { $param }: expected NAME=VALUE
usage-wait = --wait { $wait }: expected seconds from 0 to 86400
usage-export-output = export writes to the file it is given (or - for stdout); --output does not apply to it
usage-answers-not-parquet = an answer is written as Parquet only to a file: --output FILE.parquet (or --format parquet with --output)
usage-load-nothing = load: name at least one report file
chart-no-answer = no answer to chart yet: run a query first
chart-file = { $path }: a chart is written as .svg or .png
chart-drawing = drawing the chart: { $reason }
chart-too-large = a { $size } image is too large
chart-units = the answer counts its rows in { $first_word } and { $rest_word }, which a chart cannot draw against one axis: ask `where unit = { $first }` or `where unit = { $rest }`
chart-terminal-kind = the terminal chart draws `--chart { $kind }` only where it fits: `line` over time, `columns` for one series over time, `bars` always (`stacked` only in an SVG or PNG chart, with `--output`)

## Errors of the parser
code = { $code }
or-list = { $rest } or { $last }
word-end-of-input = end of input
word-a-measure = a measure (applications, decisions, workload, protection_rate, pending)
word-something-else = something else
parse-incomplete = the query is incomplete: expected { $expected }
parse-unexpected = unexpected { $found }: expected { $expected }
parse-found = found { $found } here
parse-two-statements = two statements on one line need a ';' between them
parse-second-statement = a second statement starts here
hint-two-statements = write `{ $first }; { $second }`, or put the second statement on a line of its own
hint-did-you-mean = did you mean '{ $word }'?
hint-paren-not-closed = a '(' is not closed
hint-per = a summary is written `average per month` (also min, max, median; per quarter, per year); `per capita` divides by the population
hint-group = group with `by`: applications by month, type
hint-order = order with `sort by value desc` or `sort by month`
hint-select = a query starts with a measure (applications where year = 2023); raw SQL is sql "..."
hint-like = countries are matched without regard to case or accents: country = "syrie"
hint-null = every figure has a value; filter with =, !=, in (...)
hint-average = write `average per month`
hint-sum = a measure is summed by itself: applications where year = 2023
hint-yoy = write `change yoy`
hint-desc = write `sort by value desc`
hint-months = write `last 3 months` or `by month`
hint-double-equals = compare inside `where` with a single `=`: where year = 2023
hint-arithmetic = arithmetic is between two measures: applications - decisions where year = 2023
lex-not-a-quarter = { $value } is not a quarter
lex-quarters-run = quarters run from Q1 to Q4
lex-not-a-half = { $value } is not a half-year
lex-halves-run = a year has two halves, H1 and H2
lex-number-too-large = this number is too large
lex-unterminated = unterminated string
lex-unterminated-label = the string needs a closing "
lex-unknown-escape = unknown escape in a string
hint-escape = write \" for a quote, \\ for a backslash, \n or \t
lex-unexpected-character = unexpected character '{ $character }'
lex-unknown-character = asylq does not know this character
hint-and = write `and`: year = 2023 and type = first
hint-or = write `or`: type = refugee_status or type = subsidiary_protection
hint-not = write `not (...)`, or `!=` to compare
hint-star = a query starts with a measure: applications, decisions, workload, protection_rate
hint-brackets = lists are written in parentheses: type in (first, subsequent)
hint-quotes = strings are written in double quotes: country = "Syrië"

## Errors of the checker
check-last-negated = `last N months` cannot be negated
check-inside-not = inside `not`
hint-last-negated = write the months to leave out instead, e.g. `month < 2023-09`
check-last-zero = `last 0 { $unit }` selects nothing
check-count-from-one = count from 1
check-equality-only = '{ $dimension }' can only be compared with = or !=
check-no-order = no order on this dimension
check-filter-source = figures cannot be filtered by source
hint-by-source = use `by source` to see where each figure comes from
check-unit-filter = a unit is chosen with `unit = ...` or `unit in (...)` joined by `and`
check-units-never-mixed = units are never mixed
hint-unit-filter = write e.g. `where unit = dossiers`, or `by unit` for both
check-unknown-unit = unknown unit { $unit }
check-not-a-unit = not a unit
hint-units = the units are persons, dossiers, files
check-applications-units = applications are counted in persons (and, on pages up to 2015, in files) only
check-not-counted-in = { $measure } are not counted in { $unit }
check-none-in-unit = no { $measure } in { $unit }
check-two-units = this query asks for two units at once, and persons and dossiers are never added up
hint-by-unit = add `by unit` to see both side by side
check-country-dossiers = figures by country are given in persons only; the report has no dossiers by country
hint-country-dossiers = drop `unit = dossiers`, or drop the country
check-unbound-parameter = the parameter { $param } has no value
check-unbound-label = unbound parameter
hint-bind-parameter = pass --param { $name }=VALUE, or `set { $name } = VALUE` first
check-not-a-count = { $param } is { $value }, not a count
check-whole-number = expected a whole number
hint-count-parameter = pass --param { $name }=5
check-quarter-form = a quarter is written YYYY-QN, not { $value }
check-expected-quarter = expected a quarter such as 2023-Q3
check-not-a-quarter = { $value } is not a quarter
check-not-a-month = { $value } is not a month
check-months-run = months run from 01 to 12
check-month-form = a month is written YYYY-MM, not { $value }
check-expected-month = expected a month such as 2023-11
check-year-form = a year is written YYYY, not { $value }
check-expected-year = expected a year such as 2023
check-not-a-type = { $value } is not a type of { $measure }
check-not-a-type-label = not a type of { $measure }
hint-no-types = { $measure } has no types
hint-types = the types of { $measure } are { $types }
check-not-a-country = { $value } is not a country
check-expected-country = expected a country name in quotes
check-unknown-country = unknown country "{ $country }"
check-no-such-country = no such country in the reports
hint-show-countries = `show countries` lists the known names
hint-did-you-mean-countries = did you mean { $countries }?
check-modifier-twice = '{ $modifier }' is given twice
check-a-second-one = a second one
hint-modifier-once = give each modifier once
check-modifiers-conflict = '{ $first }' and '{ $second }' cannot be combined
hint-two-queries = ask for the summary and the comparison in two queries
check-rolling-needs-month = '{ $modifier }' averages over months, and needs `by month`
hint-rolling-by-month = add `by month`: `applications by month rolling 3 months`
check-rolling-range = '{ $modifier }': a rolling average takes 2 to 12 months
check-rolling-rate = '{ $modifier }' averages figures, and a rate is never averaged
hint-rate-longer-period = ask for the rate over a longer period: `protection_rate by quarter`
check-needs-time = '{ $modifier }' needs a time dimension
hint-add-time = add `by month` or `by year`
check-workload-share = a share of the workload is a share of its parts (normal, backlog)
hint-workload-share = add `by type`: `workload by type share`
check-adds-up = '{ $modifier }' adds up figures, which makes no sense for { $measure }
check-a-stock = the workload is a stock
check-rate-not-added = a rate is not added up
check-sort-key = cannot sort by '{ $key }': it is not a column of this answer
hint-sort-key = sort by `value` or by a dimension named in `by`
check-summary-rate = a rate is never averaged: '{ $modifier }' would weigh every period alike
hint-summary-rate = ask `protection_rate where ...` for the rate over the whole span, or `by month` for each month's rate
check-summary-stock = the { $measure } is a stock: it is summarised over month-end values only
hint-per-month = write `per month`
check-summary-finer = '{ $modifier }' takes the { $per }s together, so the answer cannot also be by { $dimension }
hint-summary-finer = drop that dimension, or summarise per a shorter period (e.g. `by year average per month`)
check-summary-by-country = '{ $modifier }' cannot be answered by country
hint-summary-by-country = by country the report gives year-to-date totals, not figures per period: only `average per month` can be taken from them
check-arithmetic-modifier = '{ $modifier }' does not apply to arithmetic between measures
hint-arithmetic-modifier = ask for each measure on its own for shares, changes and summaries
check-arithmetic-by = two measures cannot be combined by { $dimension }
check-own-types = each measure has its own types and sources
check-arithmetic-kind = { $measure } cannot be added, subtracted or divided
word-a-stock = a stock
word-a-rate = a rate
hint-arithmetic-flows = arithmetic works between the flows: applications and decisions
check-same-measure = the same measure on both sides
hint-same-measure = combine applications with decisions
check-arithmetic-units = { $left } are counted in { $left_units } and { $right } in { $right_units }: persons and dossiers are never combined
check-two-units-label = two units
hint-one-unit = pick one unit for both: `where unit = persons`
check-country-quarters = figures by country cannot be split into quarters
check-no-quarters-by-country = no quarters by country
hint-country-quarters = by country the report gives its own month and the year to date: use `by month`, or drop the country
check-not-a-group = '{ $group }' is not a group of { $measure } types
hint-no-groups = { $measure } has no groups of types
hint-groups = the groups of { $measure } are { $groups }
word-every-type = every type
check-share-outside = a share of { $group } needs figures within { $group }; this answer also counts { $outside }
hint-share-filter = filter the types: `where type = { $group }`, or one of its parts
check-unknown-measure = unknown measure '{ $measure }'
check-not-a-measure = not a measure
hint-measures = the measures are { $measures }
check-unknown-dimension = unknown dimension '{ $dimension }'
check-not-a-dimension = not a dimension
hint-dimensions = the dimensions are { $dimensions }
check-workload-by-country = the workload is not broken down by country
check-no-workload-by-country = no workload figures by country
check-rate-types = protection_rate has no types: it is computed from all decision types
check-rate-not-a-dimension = not a dimension of protection_rate
hint-rate-types = use `decisions ... by type` to see the decisions behind the rate
check-rate-source = protection_rate is computed from many figures and has no single source
hint-rate-source = use `decisions ... by source` to see them
check-sql-outside = this statement reads or writes outside the store, which asylq does not allow by default
check-needs-files = needs access to files
hint-allow-files = run asylq with --allow-files if you trust this script ({ $error })
check-show-where = `show` takes a filter only after `top10`
check-show-where-ranks = `show top10 where` keeps periods and countries only
note-no-ranking = No ranking matches: the store holds none for these periods and countries.
check-show-where-column = `{ $column }` is not a column of the rankings
hint-show-where = `show top10 where` keeps periods and countries: `show top10 where year = 2023 and country = "Syria"`
check-cannot-show = cannot show '{ $topic }'
hint-show = show measures, dimensions, types, countries, sources, revisions, conflicts, coverage or top10
check-unknown-format = unknown format '{ $format }'
hint-formats = the formats are { $formats }
check-unknown-names = unknown language '{ $names }' for names
hint-names = the languages are nl (the report's), en, fr, and iso3 for ISO 3166 alpha-3 codes
check-unknown-lang = unknown language '{ $lang }'
hint-langs = the languages are nl, fr, en
check-set-unknown-unit = unknown unit '{ $unit }'
hint-set-units = the units are persons, dossiers
check-no-help = no help on '{ $topic }'
hint-help-topics = `help` lists the topics
hint-did-you-mean-topics = did you mean { $topics }?
check-stock-summary-gaps = the workload is a stock, and the store holds its month-end value for { $held } of the { $months } months of { $span }: a summary needs every one, and at least two
hint-stock-summary-gaps = load the reports of the other months (`asylq load`), or ask `workload by month` for the values held

## More of the report reader
check-month-of = { $kind }, month
report-no-workload-figure = workload: the { $kind } in { $unit }

## Where an error is
error-at = error at { $place }

## What the parser expected
check-page-workload = total workload = normal workload + backlog
check-page-countries = registered applicants ≥ the sum of the countries ranked with their applicants
expected-operator = +, - or /
expected-number = a number
expected-string = a quoted string
expected-comparison = comparison
expected-sort-key = dimension or 'value'
expected-dimension = dimension
expected-filter = filter
expected-group = group of types
expected-period = month, quarter or year
expected-months-or-years = months or years
expected-setting = setting
expected-topic = topic
expected-value = value

## The frame of a note

## What load, unload, rebuild and export say
load-encoding = { $path }: not UTF-8; read as { $encoding }
load-replaced = loaded, in place of the edition { $other }
load-added = loaded
load-unchanged = already stored, unchanged
load-changes = { $count ->
        [one] 1 figure differs
        *[other] { $count } figures differ
    } from the edition replaced: { $list }{ $more ->
        [0] {""}
        *[other] ; and { $more } more
    }
load-change = { $figure }: { $old } → { $new }
load-change-none = not given
load-summary = { $name }: { $month } ({ $facts } facts, { $checks } checks): { $what }{ $unplaced ->
        [0] {""}
        [1] ; 1 sentence with figures not read, line { $lines }
        *[other] ; { $unplaced } sentences with figures not read, lines { $lines } (load --verbose prints them)
    }
load-new-store = { $path }: a new store, which starts with the embedded report ({ $embedded }); `load --no-embedded` starts one without it
load-not-read = { $place }: not read: { $text }
unload-done = { $file }: { $month } ({ $digest }) taken out of { $store }; the months derived with it are derived again
rebuild-stored = { $file }: { $month } ({ $facts } facts)
rebuild-done = rebuilt { $store } with { $count } sources; the old store is kept as { $backup }
export-wrote = wrote { $rows } facts to { $path }

## Questions with nothing to ask
check-between-reversed = `between { $low } and { $high }` selects nothing: { $low } comes after { $high }
hint-between-reversed = write `between { $low } and { $high }`
check-zero-rows = '{ $modifier }' keeps no row
check-dimension-twice = '{ $dimension }' is given twice in `by`
hint-dimension-once = name each dimension once: `by month, type`
usage-param-twice = --param { $name } is given twice ({ $first }, { $second }); give each parameter once

## having
check-having-column = `having` compares a column of the answer, and this answer has no column '{ $column }'
check-not-a-column = not a column of this answer
hint-having-columns = this answer's columns to compare are { $columns }
expected-column = a column

## A store required
context-no-store = --require-store: no --db, no ASYLQ_DB, and no store at '{ $path }'

## Hints for the query meant
hint-in-year = a period is a filter: `where year = 2023` (or `where month = 2023-11`, `last 3 months`)
hint-month-in-words = a month is written as a number: `month = { $month }`
hint-type-as-measure = '{ $word }' is a type of { $measure }: `{ $measure } where type = { $word }`

## The prompt's own lines
repl-formats = error: the formats are { $formats }
repl-chart-usage = usage: .chart FILE.svg or .chart FILE.png (the last answer as a chart)
repl-load-usage = usage: .load FILE (a report or a statistics page, as text or HTML)
repl-unknown-command = error: unknown command '{ $command }'; .help lists the commands

## The prompt's chart
repl-wrote = wrote { $path }
repl-welcome = asylq { $version } — type `help` or `.help`, Ctrl-D to quit

## index
check-index-rate = '{ $modifier }' does not apply to a rate: a rate's change is in percentage points
hint-index-rate = compare a rate with `change` (percentage points), or index the decisions it is made of
check-index-base = index { $base }: expected a year (2022), a month (2023-01) or a quarter (2023-Q1)
check-index-base-label = no such period
check-index-period = index { $base } is no { $dimension }: each row is set against a base period as long as its own
hint-index-period = by { $dimension } takes a base of one { $dimension }: index 2022 by year, index 2023-01 by month, index 2023-Q1 by quarter
note-index-base = index: each row as a percent of its figure in { $base } (= 100), over the same months as its own.
note-index-same-months = { $rows }: { $covered } set against the same months of the base, { $against }.
note-index-elsewhere = No index for { $rows }: each covers only part of its period, and the same place in { $base } holds other months of the year; an index sets a part of a period only against the same calendar months.
note-index-files = No index for { $rows }: counted in files (applications up to 2015), while { $base } is held in persons; an index sets a row against its base in one unit.
note-index-lacking = No index for { $rows }: the store does not hold the same months of { $base } whole.
note-index-less-parts = Set against { $base } without the parts these rows lack (their sources state no resettled or relocated persons), like for like: { $rows }.
note-index-unlike = No index for { $rows }: the same months of { $base } are stored, but not like for like (one side counts resettled or relocated persons, the other does not).

## --pivot
usage-pivot-dimension = --pivot { $dimension }: the answer has no dimension { $dimension } (pivot one of its `by` dimensions)
usage-pivot-extra = --pivot puts `value` in columns, and the answer also has `{ $column }`: ask for it without, or without --pivot
usage-pivot-units = --pivot keeps one `unit` column, and the answer is in { $units }: ask for one unit (where unit = …)
usage-pivot-format = --pivot shapes a table for people and spreadsheets (table, csv, tsv, markdown); JSON, JSON Lines and charts keep one row per figure
note-pivot-partial = Cells whose figures cover only part of their period (or are derived, or have gaps): { $cells }.

## Answers as Parquet
usage-one-parquet = a Parquet file holds one answer: run one query per --output

## Half-years
note-change-stock-half = No change for { $shown }: a stock is compared at half-year ends, and { $shown } is as of { $month }.
note-partial-half = { $quarter } is partial: the data covers { $span } only.
check-half-form = a half-year is written YYYY-H1 or YYYY-H2, not { $value }
check-expected-half = expected a half-year such as 2023-H1

## month_of_year
check-month-of-year-with = `month_of_year` goes with `year`, not with `{ $dimension }`: each row is already one month
check-month-of-year-years = `by month_of_year` over more than one year would add up the same month of different years
check-month-of-year-same-month = January 2022 and January 2023 would be one row
hint-month-of-year-year = set the years side by side: `applications where year >= 2022 by month_of_year, year`, or ask one year: `applications where year = 2023 by month_of_year`
check-month-of-year-modifier = `{ $modifier }` reads the months in order, which `by month_of_year` does not give
hint-month-of-year-by-month = ask it by month: `applications where year >= 2022 by month change yoy`
check-filter-month-of-year = `month_of_year` is a dimension of `by`, not a filter; filter on `month` or `year`

## month_of_year notes
note-month-of-year-missing = No figure for { $months }: the store holds none for these months.
note-month-of-year-span = A row without a month of the year is one figure for a span of months (a year to date by country, or the rest of a yearly overview's total), shown by its `period`: it is in no single month.

## Eurostat downloads
eurostat-empty = the file is empty: a Eurostat download has a header and lines of figures
eurostat-gzip = the file is compressed, but not as gzip can read: { $reason }
eurostat-encoding = the file is not UTF-8 (from byte { $at })
eurostat-not-eurostat = this is not a Eurostat download: its first line reads `{ $first_line }`; asylq reads Eurostat's TSV (a header such as `freq,unit,citizen,sex,age,applicant,geo\TIME_PERIOD`) and SDMX-CSV (`DATAFLOW,…` or `STRUCTURE,STRUCTURE_ID,…`)
eurostat-no-dataset = { $name } is a Eurostat TSV, which names no dataset: name the file as Eurostat does (migr_asyappctzm.tsv.gz) or give --dataset CODE, one of { $datasets }
eurostat-unknown-dataset = asylq does not read the Eurostat dataset { $code }; it reads { $datasets }
eurostat-header = line { $line }: { $what }
eurostat-header-no-time = the header names no time dimension (`geo\TIME_PERIOD` or `geo\time`)
eurostat-header-empty-dimension = the header has a dimension without a name
eurostat-header-no-periods = the header names no period
eurostat-header-column = the header has no column { $column }
eurostat-label-column = a download with labels has a column of labels beside each column of codes, and { $column } stands where a code column should
eurostat-csv = the CSV cannot be read: { $reason }
eurostat-key = line { $line }: the series key has { $found } codes, and the header names { $expected } dimensions
eurostat-period = line { $line }, column { $column }: `{ $text }` is not a period as Eurostat writes them (2023-01, 2023M01, 2023-Q1, 2023Q1, 2023)
eurostat-label = line { $line }, column { $column }: `{ $text }` is a label standing where a code of `{ $dimension }` should, and asylq cannot place it: download the file with codes (or codes and labels)
eurostat-frequency = line { $line }, column { $column }: `{ $period }` is no period of { $dataset }, which gives { $months ->
    [1] months
    [3] quarters
   *[other] years
} only: the file is another dataset (check its name, or `--dataset`)
eurostat-cell-value = line { $line }, column { $column }: `{ $text }` is not a figure (a whole number, or `:` for none, then its flags)
eurostat-cell-flags = line { $line }, column { $column }: `{ $text }` has flags that are not Eurostat's letters (b, c, d, e, f, n, p, r, s, u, z)
eurostat-cells = line { $line } has { $found } cells where the header has { $expected }

## Eurostat figures
eurostat-header-dimension = the header has no dimension `{ $dimension }`, which { $dataset } has

## Eurostat and load
load-eurostat = { $name }: Eurostat { $dataset }, { $figures } figures, { $first } to { $last }; { $what }
load-eurostat-unplaced = { $place }: the { $dimension } code { $code } is not one asylq can place; its { $figures } figures were not stored

## load --dataset
usage-dataset-not-eurostat = --dataset names the dataset of a Eurostat download, and { $path } is not one

## fetch eurostat
fetch-eurostat-not-found = Eurostat has no data for { $address }
fetch-eurostat-dataset = `fetch eurostat` needs a dataset: asylq fetch eurostat migr_asyappctzm --geo BE,NL --since 2023-01
fetch-eurostat-since = --since { $since } is not a period as Eurostat writes them (2023-01, 2023-Q1, 2023)
fetch-eurostat-geo = { $geo } is no reporting country Eurostat knows (BE, Belgium, EU27_2020, ...)
fetch-eurostat-citizen = { $citizen } is no citizenship asylq can ask Eurostat for (AF, Afghanistan, TOTAL, ...)

## show conflicts with Eurostat
note-eurostat-conflicts = Eurostat's Belgian applicants (registered, first, subsequent: persons without resettlement), in all and by citizenship, are set against the CGVS's of the same month and citizenship, and listed where they differ by more than Eurostat's rounding to 5. Other figures are not set against each other, as their definitions differ: Eurostat's persons pending (all instances) against the CGVS's workload (dossiers at the CGVS), its first-instance decisions (persons, positive or rejected) against the CGVS's decisions (with interim decisions and withdrawals), its recognition rate against the CGVS's protection rate.

## Eurostat in queries: refusals
check-cgvs-has-none = The CGVS publishes no such figure: it counts Belgium alone, without sex or age, and its workload in place of persons pending
check-eurostat-only = only Eurostat has this
hint-publisher-eurostat = leave out `publisher = cgvs`, or write `publisher = eurostat`
check-unknown-publisher = `{ $value }` is no publisher
hint-publishers = the publishers are `cgvs` and `eurostat`
check-unknown-geo = `{ $value }` is no reporting country of Eurostat's
check-not-a-geo = not a reporting country
hint-show-geos = name a reporting country by Eurostat's code (BE, DE, EL, EU27_2020), its ISO code (BEL, GR) or its name (Germany, Duitsland, Allemagne)
check-unknown-class = `{ $value }` is no { $dimension } of Eurostat's
hint-sexes = Eurostat's sexes are { $sexes } (T: total, M: men, F: women, UNK: unknown)
hint-ages = Eurostat's age classes are { $ages } (or minors, adults, 14-17, 18-34, 35-64, 65+, unknown)
check-not-a-eurostat-type = `{ $value }` is no type of Eurostat's { $measure }
hint-eurostat-types = Eurostat's types of { $measure } are { $types }
check-eurostat-workload = Eurostat publishes no workload: it counts persons whose application is pending, at every instance
hint-eurostat-pending = ask for `pending` (persons, every instance), which is not the CGVS's workload (dossiers at the CGVS)
check-several-in-a-row = The filter keeps several values of `{ $dimension }` for one row: asylq never adds up Eurostat's figures of different reporting countries, sexes or age classes
hint-by-dimension = add `by { $dimension }` for a row each, or keep one with `{ $dimension } = …`

## Eurostat in queries: notes
note-belgium-from-eurostat = Belgium's figures come from Eurostat: the CGVS publishes none by sex, by age or of persons pending.
note-eurostat-applications = Eurostat's applicants (migr_asyappctzm by month, migr_asyappctza by year): persons registered in the period, first-time and subsequent; unlike the CGVS's total, they count no resettled persons, and up to 2015 the CGVS counted files where Eurostat counts persons.
note-eurostat-decisions = Eurostat's first-instance decisions (persons): positive (refugee status, subsidiary protection, humanitarian status, temporary protection) or rejected; the CGVS's decisions also count interim decisions and withdrawals.
note-eurostat-rate = The rate is Eurostat's recognition rate: positive first-instance decisions over all first-instance decisions (persons), not the CGVS's protection rate.
note-eurostat-pending = Eurostat's persons pending (migr_asypenctzm): persons whose application awaits a decision at the month's end, at every instance; not the CGVS's workload (dossiers at the CGVS). A stock: each period shows its last month, never a sum of months.
note-eurostat-rounding = Eurostat rounds its asylum figures to 5.
note-eurostat-totals = Eurostat's totals where the query names none: { $totals }.
note-eurostat-totals-wider = Eurostat's totals where the query names none: { $totals }, except in the rows that a note below gives Eurostat's widest aggregate of citizenships for.
note-eurostat-flag = Flag { $flag } ({ $meaning }) on the figures of: { $rows }.
note-eurostat-population-flag = Flag { $flag } ({ $meaning }) on the population (demo_pjan) behind the figures per capita of: { $rows }.
note-eurostat-unavailable = No figure for { $rows }: Eurostat marks its figure (or one of the figures the row is made of) not available (`:`), and asylq never gives a figure over less than the row stands for.
note-eurostat-thin-aggregate = Eurostat gives a figure for { $rows } though it marks some of the aggregate's member countries not available (`:`) in that month (how many, of how many members, in brackets): the figure may count only the others.
note-eurostat-partial-classes = By { $dim ->
        [age] age
       *[sex] sex
    }, the classes shown do not make the whole for { $rows }: the store holds no figure of the classes in brackets, so the rows shown are not everyone and do not add up to the total.
note-eurostat-coarser = On no row: { $rows }: Eurostat's figures over a longer period, inside which the rows show the source's figures by { $per ->
    [month] month
    [quarter] quarter
   *[other] half-year
}, never both; an answer by year shows them.
note-eurostat-absent-geos = No row for { $geos }: the store's Eurostat downloads give no figure for them that answers this query (their series may be by citizenship only, or of another type or period).
note-periods-eurostat-only = Not in this answer: { $periods }, which the store's CGVS figures do not give and Eurostat's do: ask `… and publisher = eurostat` ({ $measure ->
        [applications] Eurostat's applicants count no resettled persons
       *[other] Eurostat's definition is not the CGVS's
    }).
note-years-from-eurostat = From Eurostat: { $periods }: the store's CGVS figures answer this query for none of { $n ->
        [one] that year
       *[other] those years
    }, and Eurostat's do; each year comes from one publisher, as it would alone, never from both. Eurostat counts by its own definition (its note says how); the other notes on definitions speak of the CGVS's rows.
flag-b = break in time series
flag-c = confidential
flag-d = definition differs
flag-e = estimated
flag-f = forecast
flag-n = not significant
flag-p = provisional
flag-r = revised
flag-s = Eurostat estimate
flag-u = low reliability
flag-z = not applicable

## Eurostat in queries: shares
check-share-of-geos = `share` across reporting countries is each one's share of Eurostat's total, which the filter must name
hint-share-of-geos = name one aggregate beside the countries: `geo in (BE, NL, DE, EU27_2020)`

## Eurostat in queries: no data
check-no-eurostat = The store holds no Eurostat figures, which this query needs (several reporting countries, sex, age, persons pending, or `publisher = eurostat`)
hint-fetch-eurostat = fetch a dataset first: `asylq fetch eurostat migr_asyappctzm --geo BE,NL,DE,FR --since 2023-01`, or `asylq load` a download

## per capita
hint-per-capita-alone = `per capita` divides each row by its population; ask for shares, changes, running totals or summaries in a query of their own
check-rate-per-capita = `per capita` does not apply to { $measure }, a rate
check-no-population = `per capita` needs the population on 1 January, which the store does not hold
hint-fetch-population = fetch it from Eurostat: `asylq fetch eurostat demo_pjan --geo BE,NL,DE,FR` (or load a download of demo_pjan or tps00001)
note-per-capita = per capita: each value is the figure (`count`) per 1,000 inhabitants of its reporting country on 1 January of the row's year (`population`, Eurostat demo_pjan).
note-per-capita-missing = No value per capita for { $rows }: the row spans two years, or the store holds no population for its year.

## Eurostat in queries: fallback
note-belgium-eurostat-fallback = The store's CGVS figures give none for this query: Belgium's figures come from Eurostat.

## Eurostat in queries: months
note-eurostat-fewer-months = Not like for like: these rows cover fewer months than the other rows of their time, as the store holds no figure of Eurostat's for the months missing (its downloads end earlier or begin later, or Eurostat marks them `:`): { $rows }.
note-empty-eurostat = No figures match: the store's Eurostat downloads hold no figure for this filter (`show sources` lists them).

## Eurostat in queries: pending
check-pending-share = a share of persons pending is each reporting country's share of Eurostat's aggregate
hint-pending-share = ask by reporting country, with the aggregate: `pending where geo in (BE, NL, EU27_2020) by geo share`

## Eurostat in queries: pending types
check-pending-types = Eurostat counts persons pending as one figure, without types
hint-pending-types = split them by citizenship, sex or age instead: `pending by country`, `pending by sex`

## Eurostat in queries: arithmetic
check-arithmetic-publishers = { $left } and { $right } would come from two publishers here (the CGVS and Eurostat), whose figures are not counted alike

## Eurostat in queries: wider aggregate
note-eurostat-wider = Eurostat gives no figure for every citizenship (TOTAL) there: these rows take its widest aggregate, { $whole } (citizens of countries outside the EU): { $rows }.

## A filter in words (chart titles, subtitles and notes)
said-since = since { $period }
said-after = after { $period }
said-until = up to { $period }
said-before = before { $period }
said-except = except { $what }
said-or = or
said-between = { $low }–{ $high }
said-last = { $years ->
        [yes] { $count ->
            [one] the last year
           *[other] the last { $count } years
        }
       *[no] { $count ->
            [one] the last month
           *[other] the last { $count } months
        }
    }
said-limited = Limited to: { $what }.
said-code = { $field ->
        [publisher] { $code ->
            [eurostat] according to Eurostat
           *[other] according to the CGVS
        }
        [sex] { $code ->
            [F] women
            [M] men
            [T] both sexes
           *[other] sex unknown
        }
        [age] { $code ->
            [TOTAL] all ages
            [Y_LT14] under 14
            [Y14-17] aged 14 to 17
            [Y_LT18] under 18
            [Y18-34] aged 18 to 34
            [Y35-64] aged 35 to 64
            [Y_GE65] aged 65 and over
            [Y_GE18] aged 18 and over
           *[other] age unknown
        }
       *[other] all citizenships
    }
said-combined = { $left } { $op ->
        [add] plus
        [sub] less
       *[div] divided by
    } { $right }

line-note = note: { $text }
line-error = error: { $text }
line-help = help: { $text }
hint-reader-word = the query language is written in English: write `{ $word }` for `{ $typed }`
hint-range = a span of periods is written `year between 2022 and 2023` (or `month between 2023-01 and 2023-06`)
hint-decimal = a number with decimals is allowed only after `having` (`having share > 12.5`); years, months, counts and `top` take whole numbers
hint-decimal-comma = decimals are written with a point: `having share > 5.5`
hint-change-columns = `change` gives both columns, `change` and `change_pct` (`change_pp` for a rate): write `change`, or `change yoy`
hint-date-day = a month is written without its day: `2023-01`
store-not-duckdb = { $context }: this file is not an asylq store (it is no DuckDB database); name a store made by `asylq load`, or a new file to make one
source-binary = not a text (binary): asylq reads the text of a report or page (UTF-8, UTF-16 or Windows-1252), HTML saved from the site, or a Eurostat download
word-unit = { $unit ->
        [persons] persons
        [dossiers] dossiers
        [files] files
       *[other] { $unit }
    }
said-having = { $column ->
        [value] figures
       *[other] { $column }
    } { $op ->
        [gt] over
        [ge] of at least
        [lt] under
        [le] of at most
        [eq] of exactly
       *[ne] other than
    } { $value }
