# Les remarques d'asylq en français : les mêmes messages que en.ftl, avec
# les mêmes arguments.

note-rate-in-persons = Par pays, le rapport compte les décisions en personnes seulement : ce taux est donc en personnes (le taux national est en dossiers).
note-final-only = Par pays, le rapport ne compte que les décisions finales : les décisions nationales comptent aussi les décisions intermédiaires, de sorte que les chiffres par pays totalisent moins que le total national.
note-year-to-date = Par pays, le rapport donne le cumul depuis le début de l'année (et, pour les demandes, son propre mois) : une ligne dont le mois se lit comme 2023-01..2023-10 est un seul chiffre pour toute cette période, pas un chiffre mensuel.
note-derived-by-country = Certains chiffres sont dérivés : par pays, un mois comme la différence de deux cumuls annuels consécutifs, ou le reste d'un cumul annuel une fois retirés les mois qui ont leur propre ligne (pour `other`, les mois des pays cités seulement dans le top 10 d'un mois).
note-derived = Certains chiffres sont dérivés, non imprimés : une partie d'un total qu'une source donne avec son autre partie (les demandeurs enregistrés d'un bilan annuel, son total moins les réinstallés ; les premières demandes d'une page, ses dossiers moins les multiples), ou les mois du total annuel d'un bilan hors des mois affichés, comme ce total moins ceux-ci.
note-rest = { $period } ne vaut que pour { $months } : les autres mois de la période ont leur propre ligne.
note-empty-quarter = Aucun chiffre par trimestre : le chiffre d'un bilan annuel couvre toute l'année et n'est pas réparti en trimestres (demandez `by year`), et aucun mois de cette année n'est chargé.
note-empty-by-country = Aucun chiffre. Par pays, le rapport ne donne que son propre mois (demandes) et le cumul depuis le début de l'année : un autre mois ou une autre période ne peut pas être donné par pays.
note-empty = Aucun chiffre : les rapports chargés ne contiennent aucun chiffre pour ce filtre (`show sources` les énumère).
note-forced = Attention : les chiffres de { $rows } viennent d'un rapport enregistré avec --force, dont les totaux ne concordent pas (voir `sources`).
note-files = files : jusqu'en 2015, les pages de statistiques comptent des demandes d'asile (dossiers), non des personnes ; elles ne sont jamais additionnées aux personnes.
note-as-of = { $measure } est un stock : une période donne sa valeur à la fin de la période ; là où ce mois manque, la ligne donne le dernier mois disponible : { $items }.
as-of-item = { $period } au { $month }
note-share-of = share of { $group } : la part de chaque ligne dans { $measure } du groupe { $group } ({ $types }) pour les mêmes mois.
note-cumulative = cumulative : le total cumulé repart à zéro chaque janvier, un cumul annuel comme le rapport l'imprime.
note-rolling = rolling { $n } months : le chiffre de chaque mois en moyenne avec celui des { $before } mois précédents, seulement sur des mois complets consécutifs.
note-rolling-empty = Pas de moyenne mobile pour { $months } : il y a moins de { $n } mois complets consécutifs jusque-là.
note-published-rate = Taux publié (le chiffre propre d'une page de statistiques, non calculé à partir des types de décision) : { $rows }.
note-no-rate = Pas de taux pour { $rows } : la période comprend des mois que seules des pages de statistiques couvrent, et une page publie le taux de son mois, non les décisions qui le fondent ; les taux ne sont jamais moyennés ni combinés.
note-partial-quarter = { $quarter } est partiel : les données ne couvrent que { $span }.
note-missing-months = { $shown } couvre { $covered } mois sur { $of } ({ $how ->
        [rate] le taux des décisions des mois disponibles
       *[sum] la somme des mois disponibles
    }) ; manquants : { $missing }.
the-figure = Le chiffre
note-combine-gaps = Pas de valeur là où les deux mesures ne couvrent pas les mêmes mois : { $gaps }.
combine-gap = { $shown } ({ $left } { $left_span }, { $right } { $right_span })
the-answer = la réponse
no-figure = aucun chiffre
note-average-per-month = average per month : le total de la période divisé par le nombre de mois que couvrent ses chiffres (un cumul annuel compte pour tous ses mois).
note-summary = { $kind } per { $per } : pris sur des { $per ->
        [month] mois
        [quarter] trimestres
       *[year] années
    } complets seulement.
note-left-out = Laissés de côté, car les données ne les couvrent qu'en partie : { $periods }.
note-average-gap = { $period } couvre { $covered } mois sur { $asked } : la moyenne porte sur les { $covered } mois disponibles, { $span }.
note-change = change : chaque ligne par rapport { $base ->
        [month] au mois précédent
        [quarter] aux mêmes mois du trimestre précédent
        [month-year] au même mois un an plus tôt
        [stock-year] à la charge de travail à la fin du même mois un an plus tôt
       *[year] aux mêmes mois de l'année précédente
    }.
note-change-stock-quarter = Pas de variation pour { $shown } : un stock se compare en fin de trimestre, et { $shown } est la valeur au { $month }.
note-change-partial = { $shown } ne couvre que { $span } ; il est donc comparé aux mêmes mois { $step ->
        [quarter] un trimestre plus tôt
       *[year] un an plus tôt
    } : { $compared } ({ $figure }).
note-change-missing = Pas de variation là où le chiffre de base manque pour un mois comparé : { $items }.
change-needs = { $shown } (il faut { $compared })
note-type-level = Par type au niveau que donne chaque période : pour { $periods }, les sources ne donnent { $measure } que comme `{ $group }`, non comme { $group ->
        [registered] premières demandes et demandes ultérieures
       *[total] les types de décision
    } ; chaque période montre donc `{ $group }` à leur place.
note-country-in-other = { $country } ne figure pas parmi les pays que le rapport énumère pour { $measure } : ses chiffres sont dans `other` (« Andere landen »), que le rapport ne détaille pas.
note-mixed-definitions = Définitions différentes : les demandeurs de { $months } ne sont que les demandeurs enregistrés (leurs pages ne mentionnent pas de réinstallation) ; les autres mois comprennent la réinstallation.
note-no-conflict = Aucune contradiction : chaque chiffre qu'une page et un rapport (ou deux pages) donnent pour un mois concorde.
note-no-revision = Aucun chiffre n'a été révisé : aucun rapport plus récent ne donne une autre valeur pour un chiffre enregistré.
