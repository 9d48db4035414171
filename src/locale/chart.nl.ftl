# De woorden van de grafieken van asylq in het Nederlands: titels, assen,
# legendes, de opmerkingen onder een grafiek en de bronnen. Dezelfde
# berichten als chart.en.ftl, met dezelfde argumenten.

## Words of a title

chart-measure = { $code ->
        [applications] Asielaanvragen
        [decisions] Beslissingen
        [workload] Werklast
        [protection_rate] Beschermingsgraad
        [pending] Hangende personen
       *[as-is] { $code }
    }
chart-of-measure = { $how ->
        [share] Aandeel
        [change] Verandering
        [running] Lopend totaal van
       *[rolling] Voortschrijdend gemiddelde van
    } { $measure }
chart-dimension = { $code ->
        [country] land van herkomst
        [month] maand
        [quarter] kwartaal
        [half] halfjaar
        [year] jaar
        [month_of_year] maand van het jaar
        [type] type
        [unit] eenheid
        [source] bron
        [geo] rapporterend land
        [sex] geslacht
        [age] leeftijd
        [publisher] uitgever
       *[as-is] { $code }
    }
chart-by = per
chart-and = en
chart-largest = De { $n } grootste

## Stored words as a reader says them (types, units, sexes, ages); other text as it is

# `other` in a note: the report's other countries.
chart-other-countries = andere landen
chart-ask-eurostat = Eurostat als uitgever
chart-term = { $code ->
        [cgvs] CGVS
        [eurostat] Eurostat
        [total] totaal
        [registered] geregistreerd
        [first] eerste verzoeken
        [subsequent] volgende verzoeken
        [resettlement] hervestiging
        [relocation] relocatie
        [interim] tussenbeslissingen
        [refugee_status] vluchtelingenstatus
        [subsidiary_protection] subsidiaire bescherming
        [inadmissible] niet-ontvankelijk
        [manifestly_unfounded] kennelijk ongegrond
        [refusal] weigering
        [withdrawal] intrekking
        [negative] negatief
        [protection] bescherming
        [final] eindbeslissingen
        [normal] normale werkvoorraad
        [backlog] achterstand
        [published] gepubliceerd
        [persons] personen
        [dossiers] dossiers
        [files] aanvragen
        [percent] procent
        [per_1000] per 1.000 inwoners
        [other] andere
        [positive] positief
        [humanitarian] humanitaire status
        [temporary_protection] tijdelijke bescherming
        [rejected] afgewezen
        [F] vrouwen
        [M] mannen
        [UNK] onbekend
        [Y_LT14] jonger dan 14
        [Y14-17] 14 tot 17
        [Y_LT18] jonger dan 18
        [Y18-34] 18 tot 34
        [Y35-64] 35 tot 64
        [Y_GE65] 65 of ouder
        [Y_GE18] 18 of ouder
       *[as-is] { $code }
    }

## Axes

chart-axis = { $role ->
        [points] procentpunten
        [change] verandering, { $unit }
        [index] index, basis = 100
        [change-percent] verandering, procent
        [share-of-whole] procent van alle { $unit }
       *[share-of-period] procent van de { $unit } van de periode
    }
chart-index-base = index, { $base } = 100
chart-part = { $kind ->
       *[quarter] K{ $n }
        [half] H{ $n }
    }
chart-month-short = { $month ->
        [1] jan
        [2] feb
        [3] mrt
        [4] apr
        [5] mei
        [6] jun
        [7] jul
        [8] aug
        [9] sep
        [10] okt
        [11] nov
       *[12] dec
    }

## The subtitle: the main caveat

chart-caveat = { $kind ->
        [derived] Door asylq berekend uit gepubliceerde cijfers
        [as-of] Een stand aan het einde van de laatste maand
        [partial] Onvolledig
        [published-rate] De graad zoals het CGVS die publiceerde
        [missing-months] Ontbrekende maanden
       *[year-to-date] Sinds januari
    }
chart-caveat-periods = { $caveat }: { $periods }

## Under the chart: its marks and notes

chart-drawn-hollow = Open punten, stippellijnen en lichte kolommen: periodes die de gegevens maar gedeeltelijk dekken, of afgeleid ({ $periods }).
chart-drawn-in-part = Getekend, hoewel de gegevens ze maar gedeeltelijk dekken of ze afgeleid zijn ({ $periods }).
chart-nothing-drawn = Niets getekend: geen periode is volledig gedekt.
chart-no-figure = Geen cijfer om te tekenen.
chart-mark = { $period }: { $what }
chart-derived = door asylq berekend uit gepubliceerde cijfers
chart-without = zonder { $months }
chart-only-months = alleen { $months }
chart-months-held = { $held } van { $of } maanden
chart-not-drawn = Niet getekend, omdat de gegevens ze maar gedeeltelijk dekken: { $periods }.
chart-left-out = Weggelaten: { $periods } (cijfers voor een langere periode dan die van de grafiek).
chart-no-figure-for = Geen cijfer in de databank voor: { $periods }.
chart-note = Opmerking: { $note }

## Sources, as a reader cites them

chart-sources = { $number ->
        [one] Bron
       *[several] Bronnen
    }: { $cited } (asylq)
chart-no-sources = Bronnen: geen, want er is geen cijfer getekend (asylq)
chart-cgvs = CGVS
chart-report = { $title } (maandrapport)
chart-report-published = { $title } (maandrapport, gepubliceerd { $month })
chart-yearly-overview = jaaroverzicht { $year } ({ $lang })
chart-yearly-overviews = jaaroverzichten { $first }–{ $last } ({ $lang })
chart-page = statistiekpagina van { $month } ({ $lang })
chart-pages = statistiekpagina's van { $first }–{ $last } ({ $lang })
chart-dataset = { $dataset } (laatst bijgewerkt { $updated })
chart-dataset-undated = { $dataset } (laatst bijgewerkt niet vermeld)
