# De opmerkingen van asylq in het Nederlands: dezelfde berichten als en.ftl,
# met dezelfde argumenten.

note-rate-in-persons = Per land telt het rapport beslissingen alleen in personen, dus dit percentage is in personen (het nationale percentage is in dossiers).
note-final-only = Per land telt het rapport alleen eindbeslissingen: de nationale beslissingen tellen ook tussenbeslissingen, dus de cijfers per land zijn samen kleiner dan het nationale totaal.
note-year-to-date = Per land geeft het rapport het cijfer sinds het begin van het jaar (en voor verzoeken ook de maand zelf): een rij met een maand als 2023-01..2023-10 is één cijfer voor die hele periode, geen maandcijfer.
note-derived-by-country = Sommige cijfers zijn afgeleid: per land een maand als het verschil van twee opeenvolgende cijfers sinds het begin van het jaar, of de rest van zo'n cijfer na aftrek van de maanden met een eigen rij (voor `other` de maanden van landen die alleen in de top 10 van een maand staan).
note-derived = Sommige cijfers zijn afgeleid, niet gedrukt: een deel van een totaal dat een bron samen met het andere deel vermeldt (de geregistreerde verzoekers van een jaaroverzicht, het totaal min de hervestigden; de eerste verzoeken van een pagina, de dossiers min de meervoudige), of de maanden van het jaartotaal van een overzicht buiten de getoonde maanden, als dat totaal min die maanden.
note-rest = { $period } staat alleen voor { $months }: de andere maanden van de periode hebben een eigen rij.
note-empty-quarter = Geen cijfers per kwartaal: het cijfer van een jaaroverzicht geldt voor het hele jaar en wordt niet over kwartalen verdeeld (vraag `by year`), en er is geen maand van dat jaar geladen.
note-empty-by-country = Geen cijfers. Per land geeft het rapport alleen de eigen maand (verzoeken) en het cijfer sinds het begin van het jaar: een andere maand of periode kan niet per land worden beantwoord.
note-empty = Geen cijfers: de geladen rapporten bevatten geen cijfer voor deze filter (`show sources` toont ze).
note-forced = Let op: de cijfers van { $rows } komen uit een rapport dat met --force is opgeslagen en waarvan de totalen niet kloppen (zie `sources`).
note-files = files: tot 2015 tellen de statistiekpagina's asielaanvragen (dossiers), geen personen; ze worden nooit bij personen opgeteld.
note-as-of = { $measure } is een voorraad: een periode geeft de stand aan het einde ervan; waar die maand ontbreekt, geeft de rij de laatste maand die er is: { $items }.
as-of-item = { $period } op { $month }
note-share-of = share of { $group }: het aandeel van elke rij in { $measure } van de groep { $group } ({ $types }) voor dezelfde maanden.
note-cumulative = cumulative: het lopende totaal begint elke januari opnieuw, een totaal sinds het begin van het jaar zoals het rapport het drukt.
note-rolling = rolling { $n } months: het cijfer van elke maand gemiddeld met dat van de { $before } maanden ervoor, alleen over opeenvolgende volledige maanden.
note-rolling-empty = Geen voortschrijdend gemiddelde voor { $months }: er zijn minder dan { $n } opeenvolgende volledige maanden tot daar.
note-published-rate = Gepubliceerd percentage (het eigen cijfer van een statistiekpagina, niet berekend uit de soorten beslissingen): { $rows }.
note-no-rate = Geen percentage voor { $rows }: de periode bevat maanden die alleen statistiekpagina's dekken, en een pagina publiceert het percentage van haar maand, niet de beslissingen erachter; percentages worden nooit gemiddeld of samengevoegd.
note-partial-quarter = { $quarter } is onvolledig: de gegevens dekken alleen { $span }.
note-missing-months = { $shown } dekt { $covered } van { $of } maanden ({ $how ->
        [rate] het percentage van de beslissingen van de maanden die er zijn
       *[sum] de som van de maanden die er zijn
    }); ontbrekend: { $missing }.
the-figure = Het cijfer
note-combine-gaps = Geen waarde waar de twee maatstaven niet dezelfde maanden dekken: { $gaps }.
combine-gap = { $shown } ({ $left } { $left_span }, { $right } { $right_span })
the-answer = het antwoord
no-figure = geen cijfer
note-average-per-month = average per month: het totaal over de periode gedeeld door het aantal maanden dat de cijfers dekken (een cijfer sinds het begin van het jaar telt voor al zijn maanden).
note-summary = { $kind } per { $per }: alleen over volledige { $per ->
        [month] maanden
        [quarter] kwartalen
       *[year] jaren
    }.
note-left-out = Weggelaten, omdat de gegevens ze maar gedeeltelijk dekken: { $periods }.
note-average-gap = { $period } dekt { $covered } van { $asked } maanden: het gemiddelde is over de { $covered } maanden die er zijn, { $span }.
note-change = change: elke rij tegenover { $base ->
        [month] de maand ervoor
        [quarter] dezelfde maanden van het kwartaal ervoor
        [month-year] dezelfde maand een jaar eerder
        [stock-year] de werklast aan het einde van dezelfde maand een jaar eerder
       *[year] dezelfde maanden van het jaar ervoor
    }.
note-change-stock-quarter = Geen verandering voor { $shown }: een voorraad wordt aan het einde van een kwartaal vergeleken, en { $shown } is de stand op { $month }.
note-change-partial = { $shown } dekt alleen { $span }, en wordt dus vergeleken met dezelfde maanden { $step ->
        [quarter] een kwartaal eerder
       *[year] een jaar eerder
    }: { $compared } ({ $figure }).
note-change-missing = Geen verandering waar het basiscijfer voor een vergeleken maand ontbreekt: { $items }.
change-needs = { $shown } (vraagt { $compared })
note-type-level = Per type op het niveau dat elke periode geeft: voor { $periods } geven de bronnen { $measure } alleen als `{ $group }`, niet als { $group ->
        [registered] eerste en volgende verzoeken
       *[total] de soorten beslissingen
    }; daarom toont elke periode `{ $group }` in hun plaats.
note-country-in-other = { $country } staat niet bij de landen die het rapport voor { $measure } vermeldt: de cijfers zitten in `other` ("Andere landen"), dat het rapport niet opsplitst.
note-mixed-definitions = Verschillende definities: de verzoekers van { $months } zijn alleen de geregistreerde verzoekers (hun pagina's vermelden geen hervestiging); de andere maanden tellen de hervestiging mee.
note-no-conflict = Geen tegenstrijdigheid: elk cijfer dat een pagina en een rapport (of twee pagina's) voor een maand geven, is gelijk.
note-no-revision = Geen cijfer is herzien: geen nieuwer rapport geeft een andere waarde voor een opgeslagen cijfer.
