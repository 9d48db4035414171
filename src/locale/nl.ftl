# De opmerkingen van asylq in het Nederlands: dezelfde berichten als en.ftl,
# met dezelfde argumenten.

note-rate-in-persons = Per land telt het rapport beslissingen alleen in personen, dus dit percentage is in personen (het nationale percentage is in dossiers).
note-final-only = Per land telt het rapport alleen eindbeslissingen: de nationale beslissingen tellen ook tussenbeslissingen, dus de cijfers per land zijn samen kleiner dan het nationale totaal.
note-year-to-date = Per land geeft het rapport het cijfer sinds het begin van het jaar (en voor verzoeken ook de maand zelf): een rij met een maand als 2023-01..2023-10 is één cijfer voor die hele periode, geen maandcijfer.
note-derived-by-country = Sommige cijfers zijn afgeleid: per land een maand als het verschil van twee opeenvolgende cijfers sinds het begin van het jaar, of de rest van zo'n cijfer na aftrek van de maanden met een eigen rij (voor de rij `other`: de maanden van landen die alleen in de top 10 van een maand staan). Op een pagina is de rij `other` het aantal geregistreerde verzoekers van de maand min de landen die de rangschikking met hun aantal noemt.
note-derived = Sommige cijfers zijn afgeleid, niet gedrukt: een deel van een totaal dat een bron samen met het andere deel vermeldt (de geregistreerde verzoekers van een jaaroverzicht, het totaal min de hervestigden; de eerste verzoeken van een pagina, de dossiers min de meervoudige), of de maanden van het jaartotaal van een overzicht buiten de getoonde maanden, als dat totaal min die maanden.
note-rest = { $period } staat alleen voor { $months }: de andere maanden van de periode hebben een eigen rij.
note-rest-with-part = { $period } staat voor { $months }, en voor het deel van { $shared } dat { $n ->
        [one] de eigen rij mist (een deel dat de bron niet geeft)
       *[other] hun eigen rijen missen (een deel dat hun bronnen niet geven)
    }: de andere maanden van de periode hebben een eigen rij.
note-rest-cut-by-filter = Niet in dit antwoord: { $rows }: een cijfer van een jaaroverzicht (het jaar, of de rest ervan naast de maanden die apart gegeven zijn) dat voor maanden binnen en buiten de maanden van de filter samen staat; `by month` over het hele jaar toont het.
note-rest-in-no-quarter = Op geen rij van een kwartaal: { $rows }: een cijfer van een jaaroverzicht (het jaar, of de rest ervan naast de maanden die apart gegeven zijn) dat voor maanden van verschillende kwartalen samen staat; `by month` toont het.
note-rest-in-no-half = Op geen rij van een halfjaar: { $rows }: een cijfer van een jaaroverzicht (het jaar, of de rest ervan naast de maanden die apart gegeven zijn) dat voor maanden van beide halfjaren samen staat; `by month` toont het.
word-figure-of = { $period } ({ $figure })
note-empty-quarter = Geen cijfers per kwartaal: het cijfer van een jaaroverzicht geldt voor het hele jaar en wordt niet over kwartalen verdeeld (vraag `by year`), en er is geen maand van dat jaar geladen.
note-empty-by-country = Geen cijfers. Per land geeft het rapport alleen de eigen maand (verzoeken) en het cijfer sinds het begin van het jaar: een andere maand of periode kan niet per land worden beantwoord.
note-empty-other-unit = De bronnen geven deze cijfers in { $other_word }, niet in { $unit_word }: vraag `where unit = { $other }`; asylq rekent nooit de ene eenheid om in de andere.
note-cgvs-other-unit = De eigen cijfers van het CGVS voor deze vraag zijn in { $other_word }, niet in { $unit_word }: vraag `where unit = { $other }`; asylq rekent nooit de ene eenheid om in de andere.
note-cgvs-periods-other-unit = De eigen cijfers van het CGVS voor { $periods } zijn in { $other_word }, niet in { $unit_word }: vraag `where unit = { $other }`; asylq rekent nooit de ene eenheid om in de andere.
note-periods-other-unit = Geen rij voor { $periods }: de bronnen geven deze cijfers daar in { $other_word }, niet in { $unit_word }: vraag `where unit = { $other }`; asylq rekent nooit de ene eenheid om in de andere.
note-empty = Geen cijfers: de geladen bronnen (rapporten, statistiekpagina's, jaaroverzichten) bevatten geen cijfer voor deze filter (`show sources` toont ze).
note-forced = Let op: de cijfers van { $rows } komen uit een rapport dat met --force is opgeslagen en waarvan de totalen niet kloppen (zie `sources`).
note-files = files: tot 2015 tellen de statistiekpagina's asielaanvragen (dossiers), geen personen; ze worden nooit bij personen opgeteld.
note-as-of = { $measure ->
        [pending] Personen in behandeling zijn
        *[other] De werklast is
    } een voorraad: een periode geeft de stand aan het einde ervan; waar die maand ontbreekt, geeft de rij de laatste maand die er is: { $items }.
note-as-of-by-type = { $measure ->
        [pending] Personen in behandeling zijn
        *[other] De werklast is
    } een voorraad: per type geeft een periode het totaal en de delen allemaal van één maand, de laatste maand die er de meeste van geeft, en die kan vroeger liggen dan de laatste maand die de opslag bevat: { $items }.
as-of-item = { $period } op { $month }
note-share-of = share of { $group }: het aandeel van elke rij in { $measure } van de groep { $group } ({ $types }) voor dezelfde maanden.
note-cumulative = Lopend totaal: het begint elke januari opnieuw, een totaal sinds het begin van het jaar zoals het rapport het drukt.
note-cumulative-years = Geen lopend totaal voor { $rows }: een lopend totaal over jaren heeft elke maand nodig vanaf januari van het eerste jaar, en dat jaar of een jaar ervoor mist maanden (de opslag heeft ze niet, of de filter laat ze weg); het is nooit een totaal over minder.
note-cumulative-missing = Geen lopend totaal voor { $rows }: het antwoord heeft geen cijfer voor maanden van hun jaar ervoor (de opslag mist ze, Eurostat markeert ze als niet beschikbaar, of de filter laat ze weg), en een lopend totaal is nooit een totaal over minder.
note-cumulative-rest = Geen lopend totaal voor { $rows }: { $spans } { $n ->
        [one] staat
       *[other] staan
    } voor maanden van meerdere perioden samen en { $n ->
        [one] staat
       *[other] staan
    } op geen enkele rij, dus geen lopend totaal vanaf januari kan gegeven worden.
note-cumulative-span = Geen lopend totaal voor { $rows }: { $spans } staat voor meerdere maanden samen; het is dus geen stap van een lopend totaal, en het totaal op een maand daarbinnen is niet te kennen; een lopend totaal na de laatste maand ervan, in hetzelfde jaar, omvat het.
note-rolling = Voortschrijdend gemiddelde over { $n } maanden: het cijfer van elke maand gemiddeld met dat van de { $before } maanden ervoor, alleen over opeenvolgende volledige maanden.
note-rolling-empty = Geen voortschrijdend gemiddelde voor { $months }: er zijn minder dan { $n } opeenvolgende volledige maanden tot daar.
note-rolling-unavailable = Geen voortschrijdend gemiddelde voor { $months }: een van de { $n } maanden tot daar is een rij zonder cijfer (Eurostat markeert ze als niet beschikbaar, `:`), en een gemiddelde wordt nooit over minder maanden genomen.
note-published-rate = Gepubliceerd percentage (het cijfer dat een statistiekpagina of jaaroverzicht publiceerde, niet berekend uit de soorten beslissingen): { $rows }.
note-no-rate = Geen percentage voor { $rows }: sommige maanden ervan beslaan alleen statistiekpagina's, elk met het percentage van de eigen maand; percentages worden nooit gemiddeld of samengevoegd, en geen percentage wordt over minder dan de periode berekend.
note-rate-unknown = Geen percentage voor { $rows }: de bronnen geven geen percentage op die basis (de kolom `basis`) en niet de uitkomsten van de beslissingen (alleen hoeveel er genomen werden), en asylq gist er nooit een.
note-rate-over-persons = Voor { $rates } is een percentage op personen gepubliceerd, niet op dossiers: vraag het met `where unit = persons`.
note-rate-over-dossiers = Voor { $rates } is een percentage op dossiers gepubliceerd, niet op personen: vraag het met `where unit = dossiers`.
word-rate-of = { $period } ({ $rate } %)
note-partial-quarter = { $quarter } is onvolledig: de gegevens dekken alleen { $span }.
note-filter-cuts-period = { $quarter }: de filter houdt er alleen { $span } van over.
note-missing-months = { $shown } dekt { $covered } van { $of } maanden ({ $how ->
        [rate] het percentage van de beslissingen van de maanden die er zijn
       *[sum] de som van de maanden die er zijn
    }); ontbrekend: { $missing }.
note-months-in-rest = { $shown } dekt { $covered } van { $of } maanden (de som van de maanden die er zijn); { $inside } { $n ->
        [one] zit
       *[other] zitten
    } in { $rests }, een cijfer voor meerdere perioden samen op geen enkele rij (hieronder){ $lacking ->
        [0] .
       *[other] ; ontbrekend: { $missing }.
    }
the-figure = Het cijfer
note-combine-gaps = Geen waarde waar de twee maatstaven niet dezelfde maanden dekken: { $gaps }.
combine-gap = { $shown } ({ $left } { $left_span }, { $right } { $right_span })
the-answer = het antwoord
no-figure = geen cijfer
note-average-per-month = Gemiddelde per maand: het totaal over de periode gedeeld door het aantal maanden dat de cijfers dekken (een cijfer sinds het begin van het jaar telt voor al zijn maanden).
note-summary = { $kind ->
        [max] Grootste cijfer
        [min] Kleinste cijfer
        [median] Mediaan
       *[average] Gemiddelde
    } per { $per ->
        [month] maand
        [quarter] kwartaal
       *[year] jaar
    }: alleen over volledige { $per ->
        [month] maanden
        [quarter] kwartalen
       *[year] jaren
    }.
note-left-out = Weggelaten, omdat de gegevens ze maar gedeeltelijk dekken: { $periods }.
note-last-months = De laatste maanden tellen terug vanaf { $month }, de nieuwste maand die de opslag apart bevat; een bron reikt tot { $reached } alleen als deel van een langere periode (een jaaroverzicht), die geen eigen maand geeft.
note-wider-than-row = Op geen rij van een { $per ->
    [quarter] kwartaal
   *[other] halfjaar
}: { $rows }: cijfers die de bron alleen voor een langere periode geeft, die geen { $per ->
    [quarter] kwartaal
   *[other] halfjaar
} kan bevatten; een antwoord per jaar toont ze.
note-unranked-span = Weggelaten uit top, omdat ze voor meerdere maanden samen staan en geen maand zijn om te rangschikken: { $rows }.
note-unranked = Weggelaten uit { $how }, omdat ze geen waarde hebben: { $rows }.
note-top-unlike = De gerangschikte rijen beslaan een verschillend aantal maanden ({ $counts }): hun volgorde is geen rangschikking van de periode; `show top10` toont de rangen die de bronnen geven.
note-summary-untold = { $per ->
    [quarter] { $kind ->
        [max] Het kwartaal van het maximum
        [min] Het kwartaal van het minimum
       *[other] Het mediane kwartaal
    }
   *[other] { $kind ->
        [max] De maand van het maximum
        [min] De maand van het minimum
       *[other] De mediane maand
    }
} valt niet te bepalen: { $count ->
    [one] { $spans } geeft { $months } maanden alleen samen
   *[other] elk van { $spans } geeft zijn maanden alleen samen ({ $months } maanden in totaal)
}, en { $per ->
    [quarter] elk kwartaal daarin kan dat kwartaal zijn
   *[other] elk ervan kan die maand zijn
}.
note-average-gap = { $period } dekt { $covered } van { $asked } maanden: het gemiddelde is over de { $covered } maanden die er zijn, { $span }.
note-summary-gap = { $period } dekt { $covered } van { $asked } maanden: { $kind } per { $per } is genomen over de { $per ->
        [quarter] kwartalen
        [year] jaren
       *[month] maanden
    } die er zijn, { $span }; wat ontbreekt kan { $kind ->
        [max] hoger liggen
        [min] lager liggen
       *[median] de mediaan verschuiven
    }.
note-change = change: elke rij tegenover { $base ->
        [month] de maand ervoor
        [quarter] dezelfde maanden van het kwartaal ervoor
        [half] dezelfde maanden van het halfjaar ervoor
        [month-year] dezelfde maand een jaar eerder
        [stock-year] de werklast aan het einde van dezelfde maand een jaar eerder
       *[year] dezelfde maanden van het jaar ervoor
    }.
note-change-stock-quarter = Geen verandering voor { $shown }: een voorraad wordt aan het einde van een kwartaal vergeleken, en { $shown } is de stand op { $month }.
note-change-partial = { $shown } dekt alleen { $span }, en wordt dus vergeleken met dezelfde maanden { $step ->
        [quarter] een kwartaal eerder
        [half] een halfjaar eerder
       *[year] een jaar eerder
    }: { $compared } ({ $figure }).
note-change-missing = Geen verandering waar het basiscijfer voor een vergeleken maand ontbreekt: { $items }.
change-needs = { $shown } (vraagt { $compared })
change-against = { $shown } (tegenover { $compared })
note-change-rest = Geen verandering voor { $rows }: elk staat voor maanden die alleen samen bekend zijn (de rest van het jaar van een jaaroverzicht, naast de maanden die apart gegeven zijn), en de opslag bevat geen cijfer voor dezelfde maanden van de vergeleken periode.
note-change-unlike = Geen verandering waar de vergeleken maanden opgeslagen zijn maar niet vergelijkbaar (de ene kant telt hervestigde, gerelocaliseerde of andere soorten cijfers die de andere niet geeft): { $items }.
note-type-level = Per type op het niveau dat elke periode geeft: voor { $periods } geven de bronnen { $measure ->
        [applications] de verzoeken
       *[other] de beslissingen
    } alleen als `{ $group }`, niet als { $group ->
        [registered] eerste en volgende verzoeken
       *[total] de soorten beslissingen
    }; daarom toont elke periode `{ $group }` in hun plaats.
note-country-in-other = { $country } staat niet bij de landen die het rapport voor { $measure } vermeldt: de cijfers zitten in `other` ("Andere landen"), dat het rapport niet opsplitst.
note-mixed-definitions = Verschillende definities: de verzoekers van { $months } omvatten geen { $part } (hun bronnen vermelden die niet); de andere rijen wel.
note-mixed-definitions-within = Verschillende definities: de verzoekers van { $months } omvatten geen { $part } (hun bronnen vermelden die niet); de andere rijen van { $within }, toen die liep, omvatten die wel.
word-resettlement = hervestiging
word-relocation = relocatie
note-resettled-only = Niet vergelijkbaar: de verzoekers van { $months } zijn alleen de hervestigden (hun pagina's geven de geregistreerde verzoekers niet als cijfer); de andere maanden tellen alle verzoekers.
note-no-conflict = Geen tegenstrijdigheid: elk cijfer dat een pagina en een rapport (of twee pagina's) voor een maand geven, is gelijk.
note-no-revision = Geen cijfer is herzien: geen nieuwer rapport geeft een andere waarde voor een opgeslagen cijfer.

## The frame of an error.
word-error = fout
word-error-title = Fout
word-help-title = Hulp:

## Errors of files, the store and the system
error-file = { $path }: { $reason }
error-source = { $path }: { $problem }
error-io = { $doing }: { $reason }
error-no-data-directory = geen gegevensmap voor { $what }
error-closed = de lezer van de uitvoer is weg
doing-writing-output = bij het schrijven van de uitvoer
doing-starting-prompt = bij het starten van de prompt
doing-reading-input = bij het lezen van de invoer
doing-reading-stdin = bij het lezen van stdin
what-page-cache = de cache van de pagina's
what-user-store = de databank van de gebruiker; geef --db PAD
context-path = { $path }
context-opening = bij het openen van { $path }
store-in-use = { $context }: de databank is in gebruik door een ander asylq-proces (een load, of een vraag terwijl dit een load is) en werd niet binnen { $seconds } seconden vrijgegeven; probeer opnieuw als het klaar is, of wacht langer (--wait SECONDEN)
store-damaged = { $context }: het bestand van de databank is beschadigd (een blok ervan leest niet terug zoals het geschreven werd). Voer `asylq load` opnieuw uit in een nieuwe databank (`--db NIEUW.duckdb`), of zet een back-up van het bestand terug.
    {"  "}details: { $detail }
store-missing = { $context }: die databank bestaat niet
store-not-a-store = { $context }: dit DuckDB-bestand is geen databank van asylq (geen tabel facts)
store-older = { $context }: deze databank werd gemaakt door een oudere asylq (schema { $found }; deze asylq leest schema { $wanted }). Voer `asylq rebuild --db { $context }` uit om de bronnen opnieuw in te lezen in een databank van deze versie.
store-newer = { $context }: deze databank werd gemaakt door een nieuwere asylq (schema { $found }; deze asylq leest schema { $wanted }); gebruik die asylq, of laad de rapporten opnieuw in een nieuwe databank
store-other = { $context }: { $detail }
doing-reading-the-store = bij het lezen van de databank
doing-creating-the-schema = bij het aanmaken van het schema
doing-storing-countries = bij het opslaan van de landen
doing-starting-a-transaction = bij het starten van een transactie
doing-storing-the-report = bij het opslaan van het rapport
doing-storing-facts = bij het opslaan van de cijfers
doing-committing-the-report = bij het vastleggen van het rapport
doing-running-the-query = bij het uitvoeren van de vraag
doing-removing-a-source = bij het verwijderen van een bron
doing-reading-the-answer = bij het lezen van het antwoord
doing-ranking-the-facts = bij het rangschikken van de cijfers
doing-preparing-the-query = bij het voorbereiden van de vraag
doing-opening-duckdb = bij het openen van DuckDB
doing-deriving-months = bij het afleiden van maanden
doing-creating-the-country-table = bij het aanmaken van de landentabel
doing-committing-the-unload = bij het vastleggen van het verwijderen
doing-writing-file = bij het schrijven van { $path }

## The store as of a month
doing-as-of = bij het nemen van de cijfers zoals ze waren in { $month }

## Errors of readers, loads, fetches and the command line
check-failed = regel { $line }: { $table } ({ $what }): het rapport drukt { $printed } af, de delen tellen op tot { $computed }
report-missing = geen volledig CGVS-rapport: { $what }
report-malformed = regel { $line }: { $what }
report-no-title = de titelregel 'ASIELSTATISTIEKEN <maand> <jaar>'
report-second-title = hier begint een tweede rapport ('{ $second }'; het eerste, '{ $first }', op regel { $line }): laad elk rapport uit een eigen bestand
report-title-no-month = de titel noemt geen maand en jaar
report-published-before = de publicatiedatum ({ $published }) ligt vóór de maand van het rapport ({ $month })
report-published-unreadable = de publicatiedatum '{ $date }' is geen maand en jaar
report-no-column = { $table }: de hoofding heeft geen kolom voor '{ $name }'
report-figure-count = { $table }: { $expected } cijfers verwacht
report-no-top-ten = de top 10 van landen van verzoekers in { $period } (een rij 'Totaal { $period }')
report-no-country-decisions = eindbeslissingen per land (een tabel met de hoofding 'Land van herkomst')
report-no-decision-tables = beslissingen per maand: twee tabellen (personen en dossiers)
report-no-decisions-in-persons = beslissingen per maand in personen
report-unknown-row = { $table }: onbekende rij '{ $label }'
report-figure-count-months = { $table }: { $expected } cijfers verwacht ({ $months } maanden en het totaal)
report-no-row = { $table }: de rij voor '{ $kind }'
report-figures-found = { $expected } cijfers verwacht, { $found } gevonden (een cijfer verminkt of weggevallen?)
report-too-large = de cijfers zijn te groot om op te tellen
report-no-section = { $section } (een deel met de titel '{ $title }')
report-figure-count-month-year = { $table }: 2 cijfers verwacht (maand, jaar)
report-no-total-row = { $table }: de rij met het totaal
report-no-overview-workload = overzicht: de werklast in dossiers
report-monthly-figure-count = verzoeken per maand: 4 cijfers verwacht
report-total-before-year = verzoeken per maand: een totaal vóór enig jaar
report-no-monthly-applications = verzoeken per maand voor { $year }
report-no-application-column = de hoofding van de tabel heeft geen kolom voor '{ $name }'-verzoeken
report-month-count = verzoeken per maand { $year }: { $expected } maanden verwacht, { $found } gevonden
section-overview-applications = het overzicht van de verzoeken
section-overview-decisions = het overzicht van de beslissingen
section-overview-workload = het overzicht van de werklast
section-monthly-applications = verzoeken per maand
section-top-ten = de top 10 van landen van verzoekers
section-monthly-decisions = beslissingen per maand
section-workload = de werklast
check-country-total = totaal { $country }
check-top-ten = top 10 + andere, { $kind }
check-against-monthly-applications = totaal { $kind } tegenover verzoeken per maand
check-against-monthly-decisions = totaal { $kind } tegenover beslissingen per maand
check-total-of-year = { $kind }, totaal van het jaar
check-column-total = totaal van kolom { $column }
check-year-to-date = { $kind }, sinds het begin van het jaar
check-month-total = totaal { $month }
check-year-kind = { $year } { $kind }
check-workload-parts = totaal = normale werklast + achterstand
check-against-workload-page = tegenover de pagina van de werklast
check-page-applicants = geregistreerd + hervestiging + relocatie = totaal
check-yearly-applicants = eerste + volgende + hervestiging = totaal
page-empty = een leeg bestand: er is niets te lezen
page-not-cgvs = lijkt een nieuwsbericht of een andere tekst, geen statistiekpagina of rapport van het CGVS: de eerste regel, '{ $first_line }', is daar niet de titel van ({ $titles }, of een eerste regel zoals { $sentence })
page-language = een tekst in een andere taal (het lijkt { $language }): asylq leest de pagina's van het CGVS in het Nederlands, Frans en Engels
page-no-period = een titel van het CGVS die geen periode noemt: '{ $title }' (de titel van een maandpagina noemt de maand en het jaar, die van een overzicht het jaar)
page-part-of-year = een overzicht van het CGVS over een deel van een jaar ('{ $title }'): asylq leest de maandelijkse statistiekpagina's en de jaaroverzichten, geen halfjaarcijfers
page-yearly-no-figures = een jaaroverzicht { $year } van het CGVS dat geen van de jaarcijfers vermeldt die asylq leest (verzoekers, beslissingen, beschermingsgraad, werklast op het einde van het jaar)
page-no-figures = geen statistiekpagina van het CGVS: ze noemt { $month } maar vermeldt geen van de cijfers van de maand (verzoekers, beslissingen, beschermingsgraad, werklast)
source-pdf = een pdf, geen tekst: zet het eerst om naar tekst, bv. met pdftotext
source-headerless-eurostat = lijkt een Eurostat-download zonder kopregel: de eerste regel, '{ $first_line }', is een rij cijfers, niet de kopregel die de dimensies en perioden noemt; download het bestand opnieuw
source-at = { $path }:{ $what }
load-unbalanced = de totalen kloppen niet; er werd niets opgeslagen (geef --force om het toch op te slaan):{ $failures }
load-rival-download = een andere editie van { $dataset } { $stated ->
        [yes] met dezelfde laatste bijwerking ({ $updated })
       *[no] die evenmin een laatste bijwerking vermeldt
    } is opgeslagen met andere cijfers ({ $other }); er is niets opgeslagen (geef --replace om deze in haar plaats te zetten)
load-rival-edition = een andere editie van het rapport van { $month }, ook gepubliceerd in { $published }, is opgeslagen ({ $other }); er werd niets opgeslagen (geef --replace om deze in de plaats te zetten)
rebuild-no-text = de databank bewaart er geen tekst van (gemaakt voordat asylq teksten bewaarde); laad het opnieuw uit het bestand
rebuild-unbalanced = de totalen kloppen niet: { $failure }
rebuild-refused = { $count } bronnen werden niet opnieuw opgeslagen:{ $sources }
load-refused = { $count } van de { $files } bestanden werden geweigerd, dus niets werd opgeslagen (laad de andere apart, of verbeter deze en laad ze allemaal opnieuw):{ $refused }
fetch-unreachable = { $address } is niet bereikbaar: { $reason }; er werd niets opgehaald of opgeslagen (werkt het netwerk?)
fetch-not-found = geen pagina voor { $month }: { $tried } antwoordde 404
fetch-overview-not-found = geen jaaroverzicht van { $year }: { $tried } antwoordde 404
fetch-missing = pagina's niet gevonden:{ $missing }
fetch-future = fetch { $spec }: { $first } ligt in de toekomst (het is nu { $now })
fetch-not-over = fetch { $spec }: { $now } is nog niet voorbij, en het CGVS publiceert de cijfers van een maand in de maand erna
fetch-no-page-yet = fetch { $spec }: de maanden na { $complete } hebben nog geen pagina (het is nu { $now }); fetch { $first }..{ $complete }
fetch-period = fetch { $period }: een maand (2019-10), een jaar (2019) of een periode (2019-01..2019-06) verwacht
usage-no-embedded = --no-embedded begint een nieuwe databank, en { $path } bevat het ingebouwde rapport al: laad in een nieuwe --db
usage-output-no-extension = --output { $path }: asylq kan geen bestand zonder extensie schrijven; geef een bestand .csv, .tsv, .json, .jsonl, .md, .txt, .svg of .png
usage-output-extension = --output { $path }: asylq kan geen bestanden '.{ $extension }' schrijven; geef een bestand .csv, .tsv, .json, .jsonl, .md, .txt, .svg of .png
usage-size = --size { $size }: BREEDTExHOOGTE verwacht, elk van 100 tot 4000, bv. 1200x600
usage-envelope = --envelope vraagt --format json of jsonl
usage-one-chart = een grafiekbestand bevat één antwoord: voer één vraag per --output uit
usage-export-extension = { $path }: export schrijft .csv, .tsv, .json, .jsonl of .parquet (of - voor stdout)
usage-export-file = { $path }: geef een bestand .csv, .tsv, .json, .jsonl of .parquet, of - voor stdout
usage-parquet-stdout = export schrijft Parquet alleen naar een bestand: geef een bestand .parquet
usage-export-format = export schrijft csv, tsv, json, jsonl of parquet, niet { $format }
usage-unload-none = unload { $which }: geen bron met die bestandsnaam of digest (zie `asylq sources`)
usage-unload-many = unload { $which }: { $count } bronnen passen, noem er één bij haar digest: { $names }
usage-as-of-none = --as-of { $when }: geen bron in de databank werd uiterlijk in { $month } gepubliceerd (zie `asylq sources`)
usage-as-of-unknown = --as-of { $which }: een maand (2023-12) verwacht, of de bestandsnaam of digest van een bron (zie `asylq sources`)
usage-as-of-many = --as-of { $which }: bronnen met die naam werden in verschillende maanden gepubliceerd; noem er één bij haar digest
usage-as-of-replaced = --as-of { $which }: zowel een bewaarde bron als een editie die `load --replace` verving heeft die naam; noem er een bij zijn digest (`asylq sources`, `show revisions`)
usage-unknown-argument = onbekend argument '{ $arg }'; `asylq --help` toont de opties
usage-invalid-value = '{ $value }' is geen waarde van { $arg }; de waarden zijn { $values }
usage-value-missing = { $arg } vraagt een waarde; `asylq --help` zegt welke
usage-param = --param { $param }: NAAM=WAARDE verwacht
usage-wait = --wait { $wait }: seconden van 0 tot 86400 verwacht
usage-export-output = export schrijft naar het bestand dat het krijgt (of - voor stdout); --output geldt er niet voor
usage-answers-not-parquet = een antwoord wordt alleen naar een bestand als Parquet geschreven: --output BESTAND.parquet (of --format parquet met --output)
usage-load-nothing = load: geef minstens één rapportbestand
chart-no-answer = nog geen antwoord om te tekenen: voer eerst een vraag uit
chart-file = { $path }: een grafiek wordt geschreven als .svg of .png
chart-drawing = bij het tekenen van de grafiek: { $reason }
chart-too-large = een afbeelding van { $size } is te groot
chart-units = het antwoord telt zijn rijen in { $first_word } en { $rest_word }, wat een grafiek niet tegen één as kan tekenen: vraag `where unit = { $first }` of `where unit = { $rest }`
chart-terminal-kind = de grafiek in de terminal tekent `--chart { $kind }` alleen waar die past: `line` over de tijd, `columns` voor één reeks over de tijd, `bars` altijd (`stacked` alleen in een SVG- of PNG-grafiek, met `--output`)

## Errors of the parser
code = { $code }
or-list = { $rest } of { $last }
word-end-of-input = einde van de invoer
word-a-measure = een maat (applications, decisions, workload, protection_rate, pending)
word-something-else = iets anders
parse-incomplete = de vraag is onvolledig: { $expected } verwacht
parse-unexpected = onverwacht { $found }: { $expected } verwacht
parse-found = hier staat { $found }
parse-two-statements = twee opdrachten op één regel hebben een ';' ertussen nodig
parse-second-statement = hier begint een tweede opdracht
hint-two-statements = schrijf `{ $first }; { $second }`, of zet de tweede opdracht op een eigen regel
hint-did-you-mean = bedoelde u '{ $word }'?
hint-paren-not-closed = een '(' wordt niet gesloten
hint-per = een samenvatting schrijft u `average per month` (ook min, max, median; per quarter, per year); `per capita` deelt door de bevolking
hint-group = groepeer met `by`: applications by month, type
hint-order = sorteer met `sort by value desc` of `sort by month`
hint-select = een vraag begint met een maat (applications where year = 2023); rechtstreekse SQL is sql "..."
hint-like = landen worden gevonden zonder op hoofdletters of accenten te letten: country = "syrie"
hint-null = elk cijfer heeft een waarde; filter met =, !=, in (...)
hint-average = schrijf `average per month`
hint-sum = een maat wordt vanzelf opgeteld: applications where year = 2023
hint-yoy = schrijf `change yoy`
hint-desc = schrijf `sort by value desc`
hint-months = schrijf `last 3 months` of `by month`
hint-double-equals = vergelijk in `where` met één `=`: where year = 2023
hint-arithmetic = rekenen gebeurt tussen twee maten: applications - decisions where year = 2023
lex-not-a-quarter = { $value } is geen kwartaal
lex-quarters-run = kwartalen lopen van Q1 tot Q4
lex-not-a-half = { $value } is geen halfjaar
lex-halves-run = een jaar heeft twee helften, H1 en H2
lex-number-too-large = dit getal is te groot
lex-unterminated = onafgesloten tekenreeks
lex-unterminated-label = de tekenreeks moet met " gesloten worden
lex-unknown-escape = onbekende escape in een tekenreeks
hint-escape = schrijf \" voor een aanhalingsteken, \\ voor een backslash, \n of \t
lex-unexpected-character = onverwacht teken '{ $character }'
lex-unknown-character = asylq kent dit teken niet
hint-and = schrijf `and`: year = 2023 and type = first
hint-or = schrijf `or`: type = refugee_status or type = subsidiary_protection
hint-not = schrijf `not (...)`, of `!=` om te vergelijken
hint-star = een vraag begint met een maat: applications, decisions, workload, protection_rate
hint-brackets = lijsten schrijft u tussen haakjes: type in (first, subsequent)
hint-quotes = tekenreeksen schrijft u tussen dubbele aanhalingstekens: country = "Syrië"

## Errors of the checker
check-last-negated = `last N months` kan niet ontkend worden
check-inside-not = binnen `not`
hint-last-negated = schrijf in de plaats de maanden die wegvallen, bv. `month < 2023-09`
check-last-zero = `last 0 { $unit }` selecteert niets
check-count-from-one = tel vanaf 1
check-equality-only = '{ $dimension }' kan alleen vergeleken worden met = of !=
check-no-order = deze dimensie heeft geen volgorde
check-filter-source = cijfers kunnen niet op bron gefilterd worden
hint-by-source = gebruik `by source` om te zien waar elk cijfer vandaan komt
check-unit-filter = een eenheid kiest u met `unit = ...` of `unit in (...)`, verbonden met `and`
check-units-never-mixed = eenheden worden nooit gemengd
hint-unit-filter = schrijf bv. `where unit = dossiers`, of `by unit` voor beide
check-unknown-unit = onbekende eenheid { $unit }
check-not-a-unit = geen eenheid
hint-units = de eenheden zijn persons, dossiers, files
check-applications-units = verzoeken worden alleen in personen geteld (en, op pagina's tot 2015, in files)
check-not-counted-in = { $measure } worden niet in { $unit } geteld
check-none-in-unit = geen { $measure } in { $unit }
check-two-units = deze vraag vraagt twee eenheden tegelijk, en personen en dossiers worden nooit opgeteld
hint-by-unit = voeg `by unit` toe om beide naast elkaar te zien
check-country-dossiers = cijfers per land zijn er alleen in personen; het rapport heeft geen dossiers per land
hint-country-dossiers = laat `unit = dossiers` weg, of laat het land weg
check-unbound-parameter = de parameter { $param } heeft geen waarde
check-unbound-label = parameter zonder waarde
hint-bind-parameter = geef --param { $name }=WAARDE, of eerst `set { $name } = WAARDE`
check-not-a-count = { $param } is { $value }, geen aantal
check-whole-number = een geheel getal verwacht
hint-count-parameter = geef --param { $name }=5
check-quarter-form = een kwartaal schrijft u JJJJ-QN, niet { $value }
check-expected-quarter = een kwartaal zoals 2023-Q3 verwacht
check-not-a-quarter = { $value } is geen kwartaal
check-not-a-month = { $value } is geen maand
check-months-run = maanden lopen van 01 tot 12
check-month-form = een maand schrijft u JJJJ-MM, niet { $value }
check-expected-month = een maand zoals 2023-11 verwacht
check-year-form = een jaar schrijft u JJJJ, niet { $value }
check-expected-year = een jaar zoals 2023 verwacht
check-not-a-type = { $value } is geen type van { $measure }
check-not-a-type-label = geen type van { $measure }
hint-no-types = { $measure } heeft geen types
hint-types = de types van { $measure } zijn { $types }
check-not-a-country = { $value } is geen land
check-expected-country = een landnaam tussen aanhalingstekens verwacht
check-unknown-country = onbekend land "{ $country }"
check-no-such-country = dit land staat niet in de rapporten
hint-show-countries = `show countries` toont de gekende namen
hint-did-you-mean-countries = bedoelde u { $countries }?
check-modifier-twice = '{ $modifier }' staat er twee keer
check-a-second-one = een tweede
hint-modifier-once = geef elke modifier één keer
check-modifiers-conflict = '{ $first }' en '{ $second }' kunnen niet samen
hint-two-queries = vraag de samenvatting en de vergelijking in twee vragen
check-rolling-needs-month = '{ $modifier }' middelt over maanden, en vraagt `by month`
hint-rolling-by-month = voeg `by month` toe: `applications by month rolling 3 months`
check-rolling-range = '{ $modifier }': een voortschrijdend gemiddelde neemt 2 tot 12 maanden
check-rolling-rate = '{ $modifier }' middelt cijfers, en een graad wordt nooit gemiddeld
hint-rate-longer-period = vraag de graad over een langere periode: `protection_rate by quarter`
check-needs-time = '{ $modifier }' vraagt een tijdsdimensie
hint-add-time = voeg `by month` of `by year` toe
check-workload-share = een aandeel van de werklast is een aandeel van haar delen (normal, backlog)
hint-workload-share = voeg `by type` toe: `workload by type share`
check-adds-up = '{ $modifier }' telt cijfers op, wat geen zin heeft voor { $measure }
check-a-stock = de werklast is een voorraad
check-rate-not-added = een graad wordt niet opgeteld
check-sort-key = kan niet sorteren op '{ $key }': het is geen kolom van dit antwoord
hint-sort-key = sorteer op `value` of op een dimensie uit `by`
check-summary-rate = een graad wordt nooit gemiddeld: '{ $modifier }' zou elke periode even zwaar laten wegen
hint-summary-rate = vraag `protection_rate where ...` voor de graad over de hele periode, of `by month` voor de graad van elke maand
check-summary-stock = de { $measure } is een voorraad: ze wordt alleen over waarden op het einde van de maand samengevat
hint-per-month = schrijf `per month`
check-summary-finer = '{ $modifier }' neemt de { $per }s samen, dus het antwoord kan niet ook per { $dimension } zijn
hint-summary-finer = laat die dimensie weg, of vat samen per een kortere periode (bv. `by year average per month`)
check-summary-by-country = '{ $modifier }' kan niet per land beantwoord worden
hint-summary-by-country = per land geeft het rapport totalen sinds het begin van het jaar, geen cijfers per periode: alleen `average per month` kan eruit genomen worden
check-arithmetic-modifier = '{ $modifier }' geldt niet voor rekenen tussen maten
hint-arithmetic-modifier = vraag elke maat apart voor aandelen, veranderingen en samenvattingen
check-arithmetic-by = twee maten kunnen niet per { $dimension } gecombineerd worden
check-own-types = elke maat heeft haar eigen types en bronnen
check-arithmetic-kind = { $measure } kan niet opgeteld, afgetrokken of gedeeld worden
word-a-stock = een voorraad
word-a-rate = een graad
hint-arithmetic-flows = rekenen gaat tussen de stromen: applications en decisions
check-same-measure = dezelfde maat aan beide kanten
hint-same-measure = combineer applications met decisions
check-arithmetic-units = { $left } worden geteld in { $left_units } en { $right } in { $right_units }: personen en dossiers worden nooit gecombineerd
check-two-units-label = twee eenheden
hint-one-unit = kies één eenheid voor beide: `where unit = persons`
check-country-quarters = cijfers per land kunnen niet in kwartalen gesplitst worden
check-no-quarters-by-country = geen kwartalen per land
hint-country-quarters = per land geeft het rapport zijn eigen maand en het jaar tot dan: gebruik `by month`, of laat het land weg
check-not-a-group = '{ $group }' is geen groep van types van { $measure }
hint-no-groups = { $measure } heeft geen groepen van types
hint-groups = de groepen van { $measure } zijn { $groups }
word-every-type = elk type
check-share-outside = een aandeel van { $group } vraagt cijfers binnen { $group }; dit antwoord telt ook { $outside }
hint-share-filter = filter de types: `where type = { $group }`, of een van zijn delen
check-unknown-measure = onbekende maat '{ $measure }'
check-not-a-measure = geen maat
hint-measures = de maten zijn { $measures }
check-unknown-dimension = onbekende dimensie '{ $dimension }'
check-not-a-dimension = geen dimensie
hint-dimensions = de dimensies zijn { $dimensions }
check-workload-by-country = de werklast wordt niet per land opgesplitst
check-no-workload-by-country = geen werklastcijfers per land
check-rate-types = protection_rate heeft geen types: ze wordt berekend uit alle types van beslissingen
check-rate-not-a-dimension = geen dimensie van protection_rate
hint-rate-types = gebruik `decisions ... by type` om de beslissingen achter de graad te zien
check-rate-source = protection_rate wordt uit veel cijfers berekend en heeft geen enkele bron
hint-rate-source = gebruik `decisions ... by source` om ze te zien
check-sql-outside = deze opdracht leest of schrijft buiten de databank, wat asylq standaard niet toelaat
check-needs-files = vraagt toegang tot bestanden
hint-allow-files = start asylq met --allow-files als u dit script vertrouwt ({ $error })
check-show-where = `show` neemt alleen na `top10` een filter
check-show-where-ranks = `show top10 where` houdt alleen periodes en landen
note-no-ranking = Geen rangschikking past: de opslag bevat er geen voor deze periodes en landen.
check-show-where-column = `{ $column }` is geen kolom van de rangschikkingen
hint-show-where = `show top10 where` houdt periodes en landen: `show top10 where year = 2023 and country = "Syrië"`
check-cannot-show = kan '{ $topic }' niet tonen
hint-show = show measures, dimensions, types, countries, sources, revisions, conflicts, coverage of top10
check-unknown-format = onbekend formaat '{ $format }'
hint-formats = de formaten zijn { $formats }
check-unknown-names = onbekende taal '{ $names }' voor namen
hint-names = de talen zijn nl (die van het rapport), en, fr, en iso3 voor codes ISO 3166 alpha-3
check-unknown-lang = onbekende taal '{ $lang }'
hint-langs = de talen zijn nl, fr, en
check-set-unknown-unit = onbekende eenheid '{ $unit }'
hint-set-units = de eenheden zijn persons, dossiers
check-no-help = geen hulp over '{ $topic }'
hint-help-topics = `help` toont de onderwerpen
hint-did-you-mean-topics = bedoelde u { $topics }?
check-stock-summary-gaps = de werklast is een voorraad, en de databank bevat haar waarde op het einde van de maand voor { $held } van de { $months } maanden van { $span }: een samenvatting vraagt ze allemaal, en minstens twee
hint-stock-summary-gaps = laad de rapporten van de andere maanden (`asylq load`), of vraag `workload by month` voor de waarden die er zijn

## More of the report reader
check-month-of = { $kind }, maand
report-no-workload-figure = werklast: de { $kind } in { $unit }

## Where an error is
error-at = fout op { $place }

## What the parser expected
check-page-workload = totale werklast = normale werklast + achterstand
check-page-countries = geregistreerde verzoekers ≥ de som van de gerangschikte landen met hun verzoekers
expected-operator = +, - of /
expected-number = een getal
expected-string = een tekenreeks tussen aanhalingstekens
expected-comparison = vergelijking
expected-sort-key = dimensie of 'value'
expected-dimension = dimensie
expected-filter = een filter
expected-group = groep van types
expected-period = month, quarter of year
expected-months-or-years = months of years
expected-setting = instelling
expected-topic = onderwerp
expected-value = waarde

## The frame of a note

## What load, unload, rebuild and export say
load-encoding = { $path }: geen UTF-8; gelezen als { $encoding }
load-replaced = geladen, in de plaats van de editie { $other }
load-added = geladen
load-unchanged = al opgeslagen, ongewijzigd
load-changes = { $count ->
        [one] 1 cijfer verschilt
        *[other] { $count } cijfers verschillen
    } van de vervangen editie: { $list }{ $more ->
        [0] {""}
        *[other] ; en nog { $more }
    }
load-change = { $figure }: { $old } → { $new }
load-change-none = niet gegeven
load-summary = { $name }: { $month } ({ $facts } cijfers, { $checks } controles): { $what }{ $unplaced ->
        [0] {""}
        [1] ; 1 zin met cijfers niet gelezen, regel { $lines }
        *[other] ; { $unplaced } zinnen met cijfers niet gelezen, regels { $lines } (load --verbose toont ze)
    }
load-new-store = { $path }: een nieuwe databank, die begint met het ingebouwde rapport ({ $embedded }); `load --no-embedded` begint er een zonder
load-not-read = { $place }: niet gelezen: { $text }
unload-done = { $file }: { $month } ({ $digest }) uit { $store } gehaald; de maanden die ermee afgeleid waren, worden opnieuw afgeleid
rebuild-stored = { $file }: { $month } ({ $facts } cijfers)
rebuild-done = { $store } opnieuw opgebouwd met { $count } bronnen; de oude databank blijft bewaard als { $backup }
export-wrote = { $rows } feiten geschreven naar { $path }

## Questions with nothing to ask
check-between-reversed = `between { $low } and { $high }` selecteert niets: { $low } komt na { $high }
hint-between-reversed = schrijf `between { $low } and { $high }`
check-zero-rows = '{ $modifier }' houdt geen enkele rij over
check-dimension-twice = '{ $dimension }' staat twee keer in `by`
hint-dimension-once = noem elke dimensie één keer: `by month, type`
usage-param-twice = --param { $name } staat er twee keer ({ $first }, { $second }); geef elke parameter één keer

## having
check-having-column = `having` vergelijkt een kolom van het antwoord, en dit antwoord heeft geen kolom '{ $column }'
check-not-a-column = geen kolom van dit antwoord
hint-having-columns = de kolommen van dit antwoord om te vergelijken zijn { $columns }
expected-column = een kolom

## A store required
context-no-store = --require-store: geen --db, geen ASYLQ_DB, en geen databank in '{ $path }'

## Hints for the query meant
hint-in-year = een periode is een filter: `where year = 2023` (of `where month = 2023-11`, `last 3 months`)
hint-month-in-words = een maand schrijft u als getal: `month = { $month }`
hint-type-as-measure = '{ $word }' is een type van { $measure }: `{ $measure } where type = { $word }`

## The prompt's own lines
repl-formats = fout: de formaten zijn { $formats }
repl-chart-usage = gebruik: .chart BESTAND.svg of .chart BESTAND.png (het laatste antwoord als grafiek)
repl-load-usage = gebruik: .load BESTAND (een rapport of een statistiekpagina, als tekst of HTML)
repl-unknown-command = fout: onbekende opdracht '{ $command }'; .help toont de opdrachten

## The prompt's chart
repl-wrote = { $path } geschreven
repl-welcome = asylq { $version } — typ `help` of `.help`, Ctrl-D om te stoppen

## index
check-index-rate = '{ $modifier }' geldt niet voor een percentage: een percentage verandert in procentpunten
hint-index-rate = vergelijk een percentage met `change` (procentpunten), of indexeer de beslissingen waaruit het bestaat
check-index-base = index { $base }: een jaar (2022), een maand (2023-01) of een kwartaal (2023-Q1) verwacht
check-index-base-label = geen bestaande periode
check-index-period = index { $base } is geen { $dimension }: elke rij wordt vergeleken met een basisperiode even lang als de hare
hint-index-period = by { $dimension } neemt een basis van één { $dimension }: index 2022 by year, index 2023-01 by month, index 2023-Q1 by quarter
note-index-base = index: elke rij als percentage van haar cijfer in { $base } (= 100), over dezelfde maanden als de hare.
note-index-same-months = { $rows }: { $covered } vergeleken met dezelfde maanden van de basis, { $against }.
note-index-elsewhere = Geen index voor { $rows }: elk dekt maar een deel van zijn periode, en dezelfde plaats in { $base } bevat andere maanden van het jaar; een index zet een deel van een periode alleen tegen dezelfde kalendermaanden.
note-index-files = Geen index voor { $rows }: geteld in dossiers (aanvragen tot 2015), terwijl { $base } in personen is opgeslagen; een index zet een rij af tegen haar basis in één eenheid.
note-index-lacking = Geen index voor { $rows }: de opslag heeft dezelfde maanden van { $base } niet volledig.
note-index-less-parts = Afgezet tegen { $base } zonder de delen die deze rijen missen (hun bronnen geven geen hervestigden of herplaatsten), zodat gelijksoortige cijfers vergeleken worden: { $rows }.
note-index-unlike = Geen index voor { $rows }: dezelfde maanden van { $base } zijn opgeslagen, maar niet vergelijkbaar (de ene kant telt hervestigde of gerelocaliseerde personen, de andere niet).

## --pivot
usage-pivot-dimension = --pivot { $dimension }: het antwoord heeft geen dimensie { $dimension } (draai een van zijn `by`-dimensies)
usage-pivot-extra = --pivot zet `value` in kolommen, en het antwoord heeft ook `{ $column }`: vraag het zonder, of zonder --pivot
usage-pivot-units = --pivot houdt één kolom `unit`, en het antwoord is in { $units }: vraag één eenheid (where unit = …)
usage-pivot-format = --pivot vormt een tabel voor mensen en rekenbladen (table, csv, tsv, markdown); JSON, JSON Lines en grafieken houden één rij per cijfer
note-pivot-partial = Cellen waarvan de cijfers maar een deel van hun periode dekken (of afgeleid zijn, of gaten hebben): { $cells }.

## Answers as Parquet
usage-one-parquet = een Parquet-bestand bevat één antwoord: voer één vraag uit per --output

## Half-years
note-change-stock-half = Geen verandering voor { $shown }: een voorraad wordt aan het einde van een halfjaar vergeleken, en { $shown } is de stand op { $month }.
note-partial-half = { $quarter } is onvolledig: de gegevens dekken alleen { $span }.
check-half-form = een halfjaar schrijft u JJJJ-H1 of JJJJ-H2, niet { $value }
check-expected-half = een halfjaar zoals 2023-H1 verwacht

## month_of_year
check-month-of-year-with = `month_of_year` hoort bij `year`, niet bij `{ $dimension }`: elke rij is al één maand
check-month-of-year-years = `by month_of_year` over meer dan één jaar zou dezelfde maand van verschillende jaren optellen
check-month-of-year-same-month = januari 2022 en januari 2023 zouden één rij zijn
hint-month-of-year-year = zet de jaren naast elkaar: `applications where year >= 2022 by month_of_year, year`, of vraag één jaar: `applications where year = 2023 by month_of_year`
check-month-of-year-modifier = `{ $modifier }` leest de maanden in volgorde, en `by month_of_year` geeft die niet
hint-month-of-year-by-month = vraag het per maand: `applications where year >= 2022 by month change yoy`
check-filter-month-of-year = `month_of_year` is een dimensie van `by`, geen filter; filter op `month` of `year`

## month_of_year notes
note-month-of-year-missing = Geen cijfer voor { $months }: de opslag heeft er geen voor deze maanden.
note-month-of-year-span = Een rij zonder maand van het jaar is één cijfer voor een reeks maanden (een jaar tot nu toe per land, of de rest van het totaal van een jaaroverzicht), getoond in `period`: het hoort bij geen enkele maand.

## Eurostat downloads
eurostat-empty = het bestand is leeg: een download van Eurostat heeft een kopregel en regels met cijfers
eurostat-gzip = het bestand is gecomprimeerd, maar niet zoals gzip het kan lezen: { $reason }
eurostat-encoding = het bestand is geen UTF-8 (vanaf byte { $at })
eurostat-not-eurostat = dit is geen download van Eurostat: de eerste regel luidt `{ $first_line }`; asylq leest de TSV van Eurostat (een kopregel zoals `freq,unit,citizen,sex,age,applicant,geo\TIME_PERIOD`) en SDMX-CSV (`DATAFLOW,…` of `STRUCTURE,STRUCTURE_ID,…`)
eurostat-no-dataset = { $name } is een TSV van Eurostat, die geen dataset noemt: geef het bestand de naam die Eurostat gebruikt (migr_asyappctzm.tsv.gz) of geef --dataset CODE, een van { $datasets }
eurostat-unknown-dataset = asylq leest de Eurostat-dataset { $code } niet; het leest { $datasets }
eurostat-header = regel { $line }: { $what }
eurostat-header-no-time = de kopregel noemt geen tijdsdimensie (`geo\TIME_PERIOD` of `geo\time`)
eurostat-header-empty-dimension = de kopregel heeft een dimensie zonder naam
eurostat-header-no-periods = de kopregel noemt geen periode
eurostat-header-column = de kopregel heeft geen kolom { $column }
eurostat-label-column = een download met labels heeft naast elke kolom met codes een kolom met labels, en { $column } staat waar een kolom met codes hoort
eurostat-csv = de CSV kan niet gelezen worden: { $reason }
eurostat-key = regel { $line }: de sleutel van de reeks heeft { $found } codes, en de kopregel noemt { $expected } dimensies
eurostat-period = regel { $line }, kolom { $column }: `{ $text }` is geen periode zoals Eurostat ze schrijft (2023-01, 2023M01, 2023-Q1, 2023Q1, 2023)
eurostat-label = regel { $line }, kolom { $column }: `{ $text }` is een label waar een code van `{ $dimension }` hoort te staan, en asylq kan het niet plaatsen: download het bestand met codes (of codes en labels)
eurostat-frequency = regel { $line }, kolom { $column }: `{ $period }` is geen periode van { $dataset }, dat alleen { $months ->
    [1] maanden
    [3] kwartalen
   *[other] jaren
} geeft: het bestand is een andere dataset (controleer de naam, of `--dataset`)
eurostat-cell-value = regel { $line }, kolom { $column }: `{ $text }` is geen cijfer (een geheel getal, of `:` voor geen, dan de vlaggen)
eurostat-cell-flags = regel { $line }, kolom { $column }: `{ $text }` heeft vlaggen die geen letters van Eurostat zijn (b, c, d, e, f, n, p, r, s, u, z)
eurostat-cells = regel { $line } heeft { $found } cellen waar de kopregel er { $expected } heeft

## Eurostat figures
eurostat-header-dimension = de kopregel heeft geen dimensie `{ $dimension }`, die { $dataset } heeft

## Eurostat and load
load-eurostat = { $name }: Eurostat { $dataset }, { $figures } cijfers, { $first } tot { $last }; { $what }
load-eurostat-unplaced = { $place }: de { $dimension }-code { $code } kan asylq niet plaatsen; de { $figures } cijfers ervan werden niet opgeslagen

## load --dataset
usage-dataset-not-eurostat = --dataset noemt de dataset van een download van Eurostat, en { $path } is er geen

## fetch eurostat
fetch-eurostat-not-found = Eurostat heeft geen gegevens voor { $address }
fetch-eurostat-dataset = `fetch eurostat` heeft een dataset nodig: asylq fetch eurostat migr_asyappctzm --geo BE,NL --since 2023-01
fetch-eurostat-since = --since { $since } is geen periode zoals Eurostat ze schrijft (2023-01, 2023-Q1, 2023)
fetch-eurostat-geo = { $geo } is geen rapporterend land dat Eurostat kent (BE, België, EU27_2020, ...)
fetch-eurostat-citizen = { $citizen } is geen nationaliteit die asylq aan Eurostat kan vragen (AF, Afghanistan, TOTAL, ...)

## show conflicts with Eurostat
note-eurostat-conflicts = De Belgische verzoekers van Eurostat (registered, first, subsequent: personen zonder hervestiging), in totaal en per nationaliteit, worden naast die van het CGVS voor dezelfde maand en nationaliteit gezet, en vermeld waar ze meer verschillen dan de afronding op 5 van Eurostat. Andere cijfers worden niet naast elkaar gezet, omdat hun definities verschillen: de hangende personen van Eurostat (alle instanties) tegenover de werklast van het CGVS (dossiers bij het CGVS), de beslissingen in eerste aanleg (personen, positief of afgewezen) tegenover de beslissingen van het CGVS (met tussenbeslissingen en afstanden), de erkenningsgraad tegenover het beschermingspercentage van het CGVS.

## Eurostat in queries: refusals
check-cgvs-has-none = Het CGVS publiceert zo'n cijfer niet: het telt alleen België, zonder geslacht of leeftijd, en zijn werklast in plaats van hangende personen
check-eurostat-only = alleen Eurostat heeft dit
hint-publisher-eurostat = laat `publisher = cgvs` weg, of schrijf `publisher = eurostat`
check-unknown-publisher = `{ $value }` is geen uitgever
hint-publishers = de uitgevers zijn `cgvs` en `eurostat`
check-unknown-geo = `{ $value }` is geen rapporterend land van Eurostat
check-not-a-geo = geen rapporterend land
hint-show-geos = noem een rapporterend land bij de code van Eurostat (BE, DE, EL, EU27_2020), zijn ISO-code (BEL, GR) of zijn naam (Germany, Duitsland, Allemagne)
check-unknown-class = `{ $value }` is geen { $dimension } van Eurostat
hint-sexes = de geslachten van Eurostat zijn { $sexes } (T: totaal, M: mannen, F: vrouwen, UNK: onbekend)
hint-ages = de leeftijdsklassen van Eurostat zijn { $ages } (of minderjarigen, meerderjarigen, 14-17, 18-34, 35-64, 65+, onbekend)
check-not-a-eurostat-type = `{ $value }` is geen type van de { $measure } van Eurostat
hint-eurostat-types = de types van { $measure } bij Eurostat zijn { $types }
check-eurostat-workload = Eurostat publiceert geen werklast: het telt personen van wie het verzoek hangende is, in alle instanties
hint-eurostat-pending = vraag `pending` (personen, alle instanties), wat niet de werklast van het CGVS is (dossiers bij het CGVS)
check-several-in-a-row = De filter houdt meerdere waarden van `{ $dimension }` voor één rij: asylq telt cijfers van Eurostat voor verschillende rapporterende landen, geslachten of leeftijdsklassen nooit op
hint-by-dimension = voeg `by { $dimension }` toe voor een rij per waarde, of houd er één met `{ $dimension } = …`

## Eurostat in queries: notes
note-belgium-from-eurostat = De cijfers voor België komen van Eurostat: het CGVS publiceert er geen per geslacht, per leeftijd of van hangende personen.
note-eurostat-applications = Verzoekers volgens Eurostat (migr_asyappctzm per maand, migr_asyappctza per jaar): personen geregistreerd in de periode, eerste en volgende verzoeken; anders dan het totaal van het CGVS tellen ze geen hervestigde personen, en tot 2015 telde het CGVS dossiers waar Eurostat personen telt.
note-eurostat-decisions = Beslissingen in eerste aanleg volgens Eurostat (personen): positief (vluchtelingenstatus, subsidiaire bescherming, humanitaire status, tijdelijke bescherming) of afgewezen; de beslissingen van het CGVS tellen ook tussenbeslissingen en afstanden.
note-eurostat-rate = Het percentage is de erkenningsgraad van Eurostat: positieve beslissingen in eerste aanleg op alle beslissingen in eerste aanleg (personen), niet het beschermingspercentage van het CGVS.
note-eurostat-pending = Hangende personen volgens Eurostat (migr_asypenctzm): personen van wie het verzoek op het einde van de maand op een beslissing wacht, in alle instanties; niet de werklast van het CGVS (dossiers bij het CGVS). Een stand: elke periode toont haar laatste maand, nooit een som van maanden.
note-eurostat-rounding = Eurostat rondt zijn asielcijfers af op 5.
note-eurostat-totals = Totalen van Eurostat waar de vraag er geen noemt: { $totals }.
note-eurostat-totals-wider = Totalen van Eurostat waar de vraag er geen noemt: { $totals }, behalve in de rijen waarvoor een opmerking hieronder het ruimste aggregaat van nationaliteiten van Eurostat noemt.
note-eurostat-flag = Vlag { $flag } ({ $meaning }) op de cijfers van: { $rows }.
note-eurostat-population-flag = Vlag { $flag } ({ $meaning }) op de bevolking (demo_pjan) achter de cijfers per inwoner van: { $rows }.
note-eurostat-unavailable = Geen cijfer voor { $rows }: Eurostat markeert het cijfer (of een van de cijfers waaruit de rij bestaat) als niet beschikbaar (`:`), en asylq geeft nooit een cijfer over minder dan waarvoor de rij staat.
note-eurostat-thin-aggregate = Eurostat geeft een cijfer voor { $rows }, hoewel het sommige lidstaten van dat aggregaat in die maand als niet beschikbaar (`:`) markeert (hoeveel, van hoeveel leden, tussen haakjes): het cijfer telt misschien alleen de andere.
note-eurostat-partial-classes = Per { $dim ->
        [age] leeftijd
       *[sex] geslacht
    } maken de getoonde klassen het geheel niet voor { $rows }: de opslag heeft geen cijfer van de klassen tussen haakjes, dus de getoonde rijen zijn niet iedereen en tellen niet op tot het totaal.
note-eurostat-coarser = Op geen enkele rij: { $rows }: cijfers van Eurostat over een langere periode, waarbinnen de rijen de cijfers per { $per ->
    [month] maand
    [quarter] kwartaal
   *[other] halfjaar
} van de bron tonen, nooit beide; een antwoord per jaar toont ze.
note-eurostat-absent-geos = Geen rij voor { $geos }: de Eurostat-downloads van de opslag geven voor hen geen cijfer dat deze vraag beantwoordt (hun reeksen zijn mogelijk alleen per nationaliteit, of van een ander type of een andere periode).
note-periods-eurostat-only = Niet in dit antwoord: { $periods }, die de CGVS-cijfers van de opslag niet geven en die van Eurostat wel: vraag `… and publisher = eurostat` ({ $measure ->
        [applications] de asielzoekers van Eurostat tellen geen hervestigde personen
       *[other] de definitie van Eurostat is niet die van het CGVS
    }).
note-years-from-eurostat = Van Eurostat: { $periods }: de CGVS-cijfers van de opslag beantwoorden deze vraag { $n ->
        [one] niet voor dat jaar
       *[other] voor geen van die jaren
    }, en die van Eurostat wel; elk jaar komt van één uitgever, zoals het alleen zou komen, nooit van beide. Eurostat telt volgens zijn eigen definitie (zijn opmerking zegt hoe); de andere opmerkingen over definities gaan over de rijen van het CGVS.
flag-b = breuk in de tijdreeks
flag-c = vertrouwelijk
flag-d = definitie verschilt
flag-e = geschat
flag-f = prognose
flag-n = niet significant
flag-p = voorlopig
flag-r = herzien
flag-s = schatting van Eurostat
flag-u = weinig betrouwbaar
flag-z = niet van toepassing

## Eurostat in queries: shares
check-share-of-geos = `share` over rapporterende landen is het aandeel van elk in het totaal van Eurostat, dat de filter moet noemen
hint-share-of-geos = noem één aggregaat naast de landen: `geo in (BE, NL, DE, EU27_2020)`

## Eurostat in queries: no data
check-no-eurostat = De opslag bevat geen cijfers van Eurostat, die deze vraag nodig heeft (meerdere rapporterende landen, geslacht, leeftijd, hangende personen, of `publisher = eurostat`)
hint-fetch-eurostat = haal eerst een dataset op: `asylq fetch eurostat migr_asyappctzm --geo BE,NL,DE,FR --since 2023-01`, of `asylq load` een download

## per capita
hint-per-capita-alone = `per capita` deelt elke rij door haar bevolking; vraag aandelen, veranderingen, lopende totalen of samenvattingen in een aparte vraag
check-rate-per-capita = `per capita` geldt niet voor { $measure }, een percentage
check-no-population = `per capita` heeft de bevolking op 1 januari nodig, die de opslag niet bevat
hint-fetch-population = haal ze op bij Eurostat: `asylq fetch eurostat demo_pjan --geo BE,NL,DE,FR` (of laad een download van demo_pjan of tps00001)
note-per-capita = per capita: elke waarde is het cijfer (`count`) per 1.000 inwoners van het rapporterende land op 1 januari van het jaar van de rij (`population`, Eurostat demo_pjan).
note-per-capita-missing = Geen waarde per capita voor { $rows }: de rij beslaat twee jaren, of de opslag bevat geen bevolking voor haar jaar.

## Eurostat in queries: fallback
note-belgium-eurostat-fallback = De CGVS-cijfers in de opslag geven er geen voor deze vraag: de cijfers voor België komen van Eurostat.

## Eurostat in queries: months
note-eurostat-fewer-months = Niet vergelijkbaar: deze rijen beslaan minder maanden dan de andere rijen van hun periode, omdat de opslag geen cijfer van Eurostat heeft voor de ontbrekende maanden (de downloads eindigen vroeger of beginnen later, of Eurostat markeert ze met `:`): { $rows }.
note-empty-eurostat = Geen cijfers: de downloads van Eurostat in de opslag bevatten geen cijfer voor deze filter (`show sources` toont ze).

## Eurostat in queries: pending
check-pending-share = een aandeel van hangende personen is het aandeel van elk rapporterend land in het aggregaat van Eurostat
hint-pending-share = vraag per rapporterend land, met het aggregaat: `pending where geo in (BE, NL, EU27_2020) by geo share`

## Eurostat in queries: pending types
check-pending-types = Eurostat telt hangende personen als één cijfer, zonder types
hint-pending-types = verdeel ze in de plaats per nationaliteit, geslacht of leeftijd: `pending by country`, `pending by sex`

## Eurostat in queries: arithmetic
check-arithmetic-publishers = { $left } en { $right } zouden hier van twee uitgevers komen (het CGVS en Eurostat), wier cijfers niet gelijk geteld worden

## Eurostat in queries: wider aggregate
note-eurostat-wider = Eurostat geeft daar geen cijfer voor alle nationaliteiten (TOTAL): deze rijen nemen zijn ruimste aggregaat, { $whole } (burgers van landen buiten de EU): { $rows }.

## A filter in words (chart titles, subtitles and notes)
said-since = sinds { $period }
said-after = na { $period }
said-until = tot en met { $period }
said-before = vóór { $period }
said-except = behalve { $what }
said-or = of
said-between = { $low }–{ $high }
said-last = { $years ->
        [yes] { $count ->
            [one] het laatste jaar
           *[other] de laatste { $count } jaar
        }
       *[no] { $count ->
            [one] de laatste maand
           *[other] de laatste { $count } maanden
        }
    }
said-limited = Beperkt tot: { $what }.
said-code = { $field ->
        [publisher] { $code ->
            [eurostat] volgens Eurostat
           *[other] volgens het CGVS
        }
        [sex] { $code ->
            [F] vrouwen
            [M] mannen
            [T] beide geslachten
           *[other] geslacht onbekend
        }
        [age] { $code ->
            [TOTAL] alle leeftijden
            [Y_LT14] jonger dan 14
            [Y14-17] 14 tot 17 jaar
            [Y_LT18] jonger dan 18
            [Y18-34] 18 tot 34 jaar
            [Y35-64] 35 tot 64 jaar
            [Y_GE65] 65 jaar en ouder
            [Y_GE18] 18 jaar en ouder
           *[other] leeftijd onbekend
        }
       *[other] alle nationaliteiten
    }
said-combined = { $left } { $op ->
        [add] plus
        [sub] min
       *[div] gedeeld door
    } { $right }

line-note = opmerking: { $text }
line-error = fout: { $text }
line-help = hulp: { $text }
hint-reader-word = de zoektaal is in het Engels: schrijf `{ $word }` voor `{ $typed }`
hint-range = een reeks periodes schrijf je `year between 2022 and 2023` (of `month between 2023-01 and 2023-06`)
hint-decimal = een getal met decimalen kan alleen na `having` (`having share > 12.5`); jaren, maanden, aantallen en `top` nemen gehele getallen
hint-decimal-comma = decimalen schrijf je met een punt: `having share > 5.5`
hint-change-columns = `change` geeft beide kolommen, `change` en `change_pct` (`change_pp` voor een graad): schrijf `change`, of `change yoy`
hint-date-day = een maand schrijf je zonder dag: `2023-01`
store-not-duckdb = { $context }: dit bestand is geen databank van asylq (het is geen DuckDB-databank); noem een databank die `asylq load` maakte, of een nieuw bestand om er een te maken
source-binary = geen tekst (binair): asylq leest de tekst van een rapport of pagina (UTF-8, UTF-16 of Windows-1252), HTML bewaard van de site, of een download van Eurostat
word-unit = { $unit ->
        [persons] personen
        [dossiers] dossiers
        [files] asielaanvragen (files)
       *[other] { $unit }
    }
said-having = { $column ->
        [value] cijfers
       *[other] { $column }
    } { $op ->
        [gt] boven
        [ge] van minstens
        [lt] onder
        [le] van hoogstens
        [eq] van precies
       *[ne] anders dan
    } { $value }
