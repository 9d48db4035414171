# Les remarques d'asylq en français : les mêmes messages que en.ftl, avec
# les mêmes arguments.

note-rate-in-persons = Par pays, le rapport compte les décisions en personnes seulement : ce taux est donc en personnes (le taux national est en dossiers).
note-final-only = Par pays, le rapport ne compte que les décisions finales : les décisions nationales comptent aussi les décisions intermédiaires, de sorte que les chiffres par pays totalisent moins que le total national.
note-year-to-date = Par pays, le rapport donne le cumul depuis le début de l'année (et, pour les demandes, son propre mois) : une ligne dont le mois se lit comme 2023-01..2023-10 est un seul chiffre pour toute cette période, pas un chiffre mensuel.
note-derived-by-country = Certains chiffres sont dérivés : par pays, un mois comme la différence de deux cumuls annuels consécutifs, ou le reste d'un cumul annuel une fois retirés les mois qui ont leur propre ligne (pour la ligne `other`, les mois des pays cités seulement dans le top 10 d'un mois). Sur une page, la ligne `other` est le nombre de demandeurs enregistrés du mois moins les pays que son classement chiffre.
note-derived = Certains chiffres sont dérivés, non imprimés : une partie d'un total qu'une source donne avec son autre partie (les demandeurs enregistrés d'un bilan annuel, son total moins les réinstallés ; les premières demandes d'une page, ses dossiers moins les multiples), ou les mois du total annuel d'un bilan hors des mois affichés, comme ce total moins ceux-ci.
note-rest = { $period } ne vaut que pour { $months } : les autres mois de la période ont leur propre ligne.
note-rest-with-part = { $period } vaut pour { $months }, et pour la part de { $shared } qui manque { $n ->
        [one] à sa propre ligne (une part que sa source ne donne pas)
       *[other] à leurs propres lignes (une part que leurs sources ne donnent pas)
    } : les autres mois de la période ont leurs propres lignes.
note-rest-cut-by-filter = Absent de cette réponse : { $rows } : un chiffre d'un bilan annuel (son année, ou le reste de celle-ci à côté des mois donnés à part) qui vaut pour des mois dans et hors des mois du filtre ensemble ; `by month` sur toute son année le montre.
note-rest-in-no-quarter = Sur aucune ligne de trimestre : { $rows } : un chiffre d'un bilan annuel (son année, ou le reste de celle-ci à côté des mois donnés à part) qui vaut pour des mois de plusieurs trimestres ensemble ; `by month` le montre.
note-rest-in-no-half = Sur aucune ligne de semestre : { $rows } : un chiffre d'un bilan annuel (son année, ou le reste de celle-ci à côté des mois donnés à part) qui vaut pour des mois des deux semestres ensemble ; `by month` le montre.
word-figure-of = { $period } ({ $figure })
note-empty-quarter = Aucun chiffre par trimestre : le chiffre d'un bilan annuel couvre toute l'année et n'est pas réparti en trimestres (demandez `by year`), et aucun mois de cette année n'est chargé.
note-empty-by-country = Aucun chiffre. Par pays, le rapport ne donne que son propre mois (demandes) et le cumul depuis le début de l'année : un autre mois ou une autre période ne peut pas être donné par pays.
note-empty-other-unit = Les sources donnent ces chiffres en { $other_word }, non en { $unit_word } : demandez `where unit = { $other }` ; asylq ne convertit jamais une unité en l'autre.
note-cgvs-other-unit = Les chiffres propres du CGRA pour cette question sont en { $other_word }, non en { $unit_word } : demandez `where unit = { $other }` ; asylq ne convertit jamais une unité en l'autre.
note-cgvs-periods-other-unit = Les chiffres propres du CGRA pour { $periods } sont en { $other_word }, non en { $unit_word } : demandez `where unit = { $other }` ; asylq ne convertit jamais une unité en l'autre.
note-periods-other-unit = Pas de ligne pour { $periods } : les sources y donnent ces chiffres en { $other_word }, non en { $unit_word } : demandez `where unit = { $other }` ; asylq ne convertit jamais une unité en l'autre.
note-empty = Aucun chiffre : les sources chargées (rapports, pages statistiques, bilans annuels) ne contiennent aucun chiffre pour ce filtre (`show sources` les énumère).
note-forced = Attention : les chiffres de { $rows } viennent d'un rapport enregistré avec --force, dont les totaux ne concordent pas (voir `sources`).
note-files = files : jusqu'en 2015, les pages de statistiques comptent des demandes d'asile (dossiers), non des personnes ; elles ne sont jamais additionnées aux personnes.
note-as-of = { $measure ->
        [pending] Les personnes en attente sont
        *[other] La charge de travail est
    } un stock : une période donne sa valeur à la fin de la période ; là où ce mois manque, la ligne donne le dernier mois disponible : { $items }.
note-as-of-by-type = { $measure ->
        [pending] Les personnes en attente sont
        *[other] La charge de travail est
    } un stock : par type, une période donne son total et ses parties tous du même mois, le dernier mois qui en donne le plus, qui peut précéder le dernier mois que contient la base : { $items }.
as-of-item = { $period } au { $month }
note-share-of = share of { $group } : la part de chaque ligne dans { $measure } du groupe { $group } ({ $types }) pour les mêmes mois.
note-cumulative = Total cumulé : il repart à zéro chaque janvier, un cumul annuel comme le rapport l'imprime.
note-cumulative-years = Pas de cumul pour { $rows } : un cumul sur des années demande chaque mois depuis janvier de la première année, et cette année ou une année antérieure manque de mois (la base ne les a pas, Eurostat les marque comme non disponibles, ou le filtre les écarte) ; ce n'est jamais un total sur moins.
note-cumulative-missing = Pas de total cumulé pour { $rows } : la réponse n'a pas de chiffre pour des mois de leur année avant eux (la base ne les a pas, Eurostat les marque comme non disponibles, ou le filtre les écarte), et un total cumulé n'est jamais un total sur moins.
note-cumulative-rest = Pas de total cumulé pour { $rows } : { $spans } { $n ->
        [one] vaut
       *[other] valent
    } pour des mois de plusieurs périodes ensemble et { $n ->
        [one] n'est
       *[other] ne sont
    } sur aucune ligne, si bien qu'aucun total cumulé depuis janvier ne peut être donné.
note-cumulative-span = Pas de total cumulé pour { $rows } : { $spans } couvre plusieurs mois ensemble ; ce n'est donc pas une étape d'un total cumulé, et le total à un mois compris dans cette période ne peut être connu ; un total cumulé après son dernier mois, dans la même année, l'inclut.
note-rolling = Moyenne mobile sur { $n } mois : le chiffre de chaque mois en moyenne avec celui des { $before } mois précédents, seulement sur des mois complets consécutifs.
note-rolling-empty = Pas de moyenne mobile pour { $months } : il y a moins de { $n } mois complets consécutifs jusque-là.
note-rolling-unavailable = Pas de moyenne mobile pour { $months } : l'un des { $n } mois jusque-là est une ligne sans chiffre (Eurostat le marque comme non disponible, `:`), et une moyenne n'est jamais prise sur moins de mois.
note-published-rate = Taux publié (le chiffre publié par une page de statistiques ou un bilan annuel, non calculé à partir des types de décision) : { $rows }.
note-no-rate = Pas de taux pour { $rows } : certains de ses mois ne sont couverts que par des pages statistiques, chacune avec le taux de son mois ; les taux ne sont jamais moyennés ni combinés, et aucun taux n'est calculé sur moins que sa période.
note-rate-unknown = Pas de taux pour { $rows } : ses sources ne donnent ni un taux sur sa base (la colonne `basis`) ni l'issue des décisions (seulement leur nombre), et asylq n'en devine jamais.
note-rate-over-persons = Pour { $rates }, un taux sur les personnes, non sur les dossiers, est publié : demandez-le avec `where unit = persons`.
note-rate-over-dossiers = Pour { $rates }, un taux sur les dossiers, non sur les personnes, est publié : demandez-le avec `where unit = dossiers`.
word-rate-of = { $period } ({ $rate } %)
note-partial-quarter = { $quarter } est partiel : les données ne couvrent que { $span }.
note-filter-cuts-period = { $quarter } : le filtre n'en garde que { $span }.
note-missing-months = { $shown } couvre { $covered } mois sur { $of } ({ $how ->
        [rate] le taux des décisions des mois disponibles
       *[sum] la somme des mois disponibles
    }) ; manquants : { $missing }.
note-months-in-rest = { $shown } couvre { $covered } mois sur { $of } (la somme des mois disponibles) ; { $inside } { $n ->
        [one] est
       *[other] sont
    } dans { $rests }, un chiffre de plusieurs périodes ensemble sur aucune ligne (ci-dessous){ $lacking ->
        [0] .
       *[other] ; manquants : { $missing }.
    }
the-figure = Le chiffre
note-combine-gaps = Pas de valeur là où les deux mesures ne couvrent pas les mêmes mois : { $gaps }.
combine-gap = { $shown } ({ $left } { $left_span }, { $right } { $right_span })
the-answer = la réponse
no-figure = aucun chiffre
note-average-per-month = Moyenne par mois : le total de la période divisé par le nombre de mois que couvrent ses chiffres (un cumul annuel compte pour tous ses mois).
note-summary = { $kind ->
        [max] Plus grand chiffre
        [min] Plus petit chiffre
        [median] Médiane
       *[average] Moyenne
    } par { $per ->
        [month] mois
        [quarter] trimestre
       *[year] année
    } : { $kind ->
        [max] pris
        [min] pris
       *[other] prise
    } sur des { $per ->
        [month] mois complets
        [quarter] trimestres complets
       *[year] années complètes
    } seulement.
note-left-out = Laissés de côté, car les données ne les couvrent qu'en partie : { $periods }.
note-last-months = Les derniers mois se comptent à partir de { $month }, le mois le plus récent que la base contient seul ; une source atteint { $reached } seulement au sein d'une période plus longue (un bilan annuel), qui ne donne aucun mois à part.
note-wider-than-row = Sur aucune ligne de { $per ->
    [quarter] trimestre
   *[other] semestre
} : { $rows } : des chiffres que la source ne donne que pour une période plus longue, qu'aucun { $per ->
    [quarter] trimestre
   *[other] semestre
} ne peut contenir ; une réponse par année les montre.
note-unranked-span = Laissées hors de top, car elles valent pour plusieurs mois ensemble et ne sont pas un mois à classer : { $rows }.
note-unranked = Laissées hors de { $how }, car elles n'ont pas de valeur : { $rows }.
note-top-unlike = Les lignes classées couvrent des nombres de mois différents ({ $counts }) : leur ordre n'est pas un classement de la période ; `show top10` donne les rangs que les sources indiquent.
note-summary-untold = { $per ->
    [quarter] { $kind ->
        [max] Le trimestre du maximum
        [min] Le trimestre du minimum
       *[other] Le trimestre médian
    }
   *[other] { $kind ->
        [max] Le mois du maximum
        [min] Le mois du minimum
       *[other] Le mois médian
    }
} ne peut être connu : { $count ->
    [one] { $spans } ne donne { $months } mois qu'ensemble
   *[other] chacun de { $spans } ne donne ses mois qu'ensemble ({ $months } mois au total)
}, et { $per ->
    [quarter] chaque trimestre compris peut être ce trimestre-là
   *[other] chacun d'eux peut être ce mois-là
}.
note-average-gap = { $period } couvre { $covered } mois sur { $asked } : la moyenne porte sur les { $covered } mois disponibles, { $span }.
note-summary-gap = { $period } couvre { $covered } mois sur { $asked } : { $kind } per { $per } est pris sur les { $per ->
        [quarter] trimestres
        [year] années
       *[month] mois
    } disponibles, { $span } ; les données manquantes pourraient { $kind ->
        [max] le dépasser
        [min] descendre plus bas
       *[median] déplacer la médiane
    }.
note-change = change : chaque ligne par rapport { $base ->
        [month] au mois précédent
        [quarter] aux mêmes mois du trimestre précédent
        [half] aux mêmes mois du semestre précédent
        [month-year] au même mois un an plus tôt
        [stock-year] à la charge de travail à la fin du même mois un an plus tôt
       *[year] aux mêmes mois de l'année précédente
    }.
note-change-stock-quarter = Pas de variation pour { $shown } : un stock se compare en fin de trimestre, et { $shown } est la valeur au { $month }.
note-change-partial = { $shown } ne couvre que { $span } ; il est donc comparé aux mêmes mois { $step ->
        [quarter] un trimestre plus tôt
        [half] un semestre plus tôt
       *[year] un an plus tôt
    } : { $compared } ({ $figure }).
note-change-missing = Pas de variation là où le chiffre de base manque pour un mois comparé : { $items }.
change-needs = { $shown } (il faut { $compared })
change-against = { $shown } (face à { $compared })
note-change-rest = Pas de variation pour { $rows } : chacun représente des mois connus seulement ensemble (le reste de l'année d'un bilan annuel, à côté des mois donnés à part), et la base ne contient aucun chiffre pour ces mêmes mois de la période comparée.
note-change-unlike = Pas de variation là où les mois comparés sont enregistrés mais pas comparables (un côté compte des réinstallés, des relocalisés ou d'autres types de chiffres que l'autre ne donne pas) : { $items }.
note-type-level = Par type au niveau que donne chaque période : pour { $periods }, les sources ne donnent { $measure ->
        [applications] les demandes
       *[other] les décisions
    } que comme `{ $group }`, non comme { $group ->
        [registered] premières demandes et demandes ultérieures
       *[total] les types de décision
    } ; chaque période montre donc `{ $group }` à leur place.
note-country-in-other = { $country } ne figure pas parmi les pays que le rapport énumère pour { $measure } : ses chiffres sont dans `other` (« Andere landen »), que le rapport ne détaille pas.
note-mixed-definitions = Définitions différentes : les demandeurs de { $months } ne comprennent pas la { $part } (leurs sources ne la mentionnent pas) ; les autres lignes la comprennent.
note-mixed-definitions-within = Définitions différentes : les demandeurs de { $months } ne comprennent pas la { $part } (leurs sources ne la mentionnent pas) ; les autres lignes de { $within }, quand elle avait lieu, la comprennent.
word-resettlement = réinstallation
word-relocation = relocalisation
note-resettled-only = Pas comparable : les demandeurs de { $months } ne sont que les réinstallés (leurs pages ne donnent pas les demandeurs enregistrés en chiffre) ; les autres mois comptent tous les demandeurs.
note-no-conflict = Aucune contradiction : chaque chiffre qu'une page et un rapport (ou deux pages) donnent pour un mois concorde.
note-no-revision = Aucun chiffre n'a été révisé : aucun rapport plus récent ne donne une autre valeur pour un chiffre enregistré.

## The frame of an error.
word-error = erreur
word-error-title = Erreur
word-help-title = Aide :

## Errors of files, the store and the system
error-file = { $path } : { $reason }
error-source = { $path } : { $problem }
error-io = { $doing } : { $reason }
error-no-data-directory = aucun dossier de données pour { $what }
error-closed = le lecteur de la sortie est parti
doing-writing-output = en écrivant la sortie
doing-starting-prompt = en démarrant l'invite
doing-reading-input = en lisant l'entrée
doing-reading-stdin = en lisant stdin
what-page-cache = le cache des pages
what-user-store = la base de l'utilisateur ; passez --db CHEMIN
context-path = { $path }
context-opening = en ouvrant { $path }
store-in-use = { $context } : la base est utilisée par un autre processus asylq (un chargement, ou une requête pendant ce chargement) et n'a pas été libérée en { $seconds } secondes ; réessayez quand il aura fini, ou attendez plus longtemps (--wait SECONDES)
store-damaged = { $context } : le fichier de la base est endommagé (un bloc ne se relit pas tel qu'il a été écrit). Relancez `asylq load` dans une nouvelle base (`--db NOUVELLE.duckdb`), ou restaurez une sauvegarde du fichier.
    {"  "}détail : { $detail }
store-missing = { $context } : cette base n'existe pas
store-not-a-store = { $context } : ce fichier DuckDB n'est pas une base d'asylq (pas de table facts)
store-older = { $context } : cette base a été créée par un asylq plus ancien (schéma { $found } ; cet asylq lit le schéma { $wanted }). Lancez `asylq rebuild --db { $context }` pour relire ses sources dans une base de cette version.
store-newer = { $context } : cette base a été créée par un asylq plus récent (schéma { $found } ; cet asylq lit le schéma { $wanted }) ; utilisez cet asylq, ou rechargez les rapports dans une nouvelle base
store-other = { $context } : { $detail }
doing-reading-the-store = en lisant la base
doing-creating-the-schema = en créant le schéma
doing-storing-countries = en enregistrant les pays
doing-starting-a-transaction = en démarrant une transaction
doing-storing-the-report = en enregistrant le rapport
doing-storing-facts = en enregistrant les chiffres
doing-committing-the-report = en validant le rapport
doing-running-the-query = en exécutant la requête
doing-removing-a-source = en retirant une source
doing-reading-the-answer = en lisant la réponse
doing-ranking-the-facts = en classant les chiffres
doing-preparing-the-query = en préparant la requête
doing-opening-duckdb = en ouvrant DuckDB
doing-deriving-months = en déduisant les mois
doing-creating-the-country-table = en créant la table des pays
doing-committing-the-unload = en validant le retrait
doing-writing-file = en écrivant { $path }

## The store as of a month
doing-as-of = en prenant les chiffres tels qu'au { $month }

## Errors of readers, loads, fetches and the command line
check-failed = ligne { $line } : { $table } ({ $what }) : le rapport imprime { $printed }, ses parties font { $computed }
report-missing = pas un rapport complet du CGRA : { $what }
report-malformed = ligne { $line } : { $what }
report-no-title = la ligne de titre 'ASIELSTATISTIEKEN <mois> <année>'
report-second-title = un deuxième rapport commence ici (« { $second } » ; le premier, « { $first } », à la ligne { $line }) : chargez chaque rapport depuis son propre fichier
report-title-no-month = le titre ne nomme pas de mois et d'année
report-published-before = la date de publication ({ $published }) précède le mois du rapport ({ $month })
report-published-unreadable = la date de publication « { $date } » n'est pas un mois et une année
report-no-column = { $table } : l'en-tête n'a pas de colonne pour « { $name } »
report-figure-count = { $table } : { $expected } chiffres attendus
report-no-top-ten = le top 10 des pays des demandeurs en { $period } (une ligne 'Totaal { $period }')
report-no-country-decisions = les décisions finales par pays (un tableau intitulé 'Land van herkomst')
report-no-decision-tables = décisions par mois : deux tableaux (personnes et dossiers)
report-no-decisions-in-persons = décisions par mois en personnes
report-unknown-row = { $table } : ligne inconnue « { $label } »
report-figure-count-months = { $table } : { $expected } chiffres attendus ({ $months } mois et le total)
report-no-row = { $table } : la ligne de « { $kind } »
report-figures-found = { $expected } chiffres attendus, { $found } trouvés (un chiffre abîmé ou manquant ?)
report-too-large = les chiffres sont trop grands pour être additionnés
report-no-section = { $section } (une section intitulée « { $title } »)
report-figure-count-month-year = { $table } : 2 chiffres attendus (mois, année)
report-no-total-row = { $table } : la ligne du total
report-no-overview-workload = aperçu : la charge de travail en dossiers
report-monthly-figure-count = demandes par mois : 4 chiffres attendus
report-total-before-year = demandes par mois : un total avant toute année
report-no-monthly-applications = demandes par mois pour { $year }
report-no-application-column = l'en-tête du tableau n'a pas de colonne pour les demandes « { $name } »
report-month-count = demandes par mois { $year } : { $expected } mois attendus, { $found } trouvés
section-overview-applications = l'aperçu des demandes
section-overview-decisions = l'aperçu des décisions
section-overview-workload = l'aperçu de la charge de travail
section-monthly-applications = les demandes par mois
section-top-ten = le top 10 des pays des demandeurs
section-monthly-decisions = les décisions par mois
section-workload = la charge de travail
check-country-total = total { $country }
check-top-ten = top 10 + autres, { $kind }
check-against-monthly-applications = total { $kind } par rapport aux demandes par mois
check-against-monthly-decisions = total { $kind } par rapport aux décisions par mois
check-total-of-year = { $kind }, total de l'année
check-column-total = total de la colonne { $column }
check-year-to-date = { $kind }, depuis le début de l'année
check-month-total = total { $month }
check-year-kind = { $year } { $kind }
check-workload-parts = total = charge normale + arriéré
check-against-workload-page = par rapport à la page de la charge de travail
check-page-applicants = enregistrés + réinstallation + relocalisation = total
check-yearly-applicants = premières + ultérieures + réinstallation = total
page-empty = un fichier vide : il n'y a rien à lire
page-not-cgvs = ressemble à un article de presse ou à un autre texte, pas à une page de statistiques ou à un rapport du CGRA : sa première ligne, « { $first_line } », n'en est pas le titre ({ $titles }, ou une première ligne comme { $sentence })
page-language = un texte dans une autre langue (il semble { $language }) : asylq lit les pages du CGRA en néerlandais, en français et en anglais
page-no-period = un titre du CGRA qui ne nomme aucune période : « { $title } » (le titre d'une page mensuelle nomme son mois et son année, celui d'un aperçu son année)
page-part-of-year = un aperçu du CGRA d'une partie d'année (« { $title } ») : asylq lit les pages mensuelles de statistiques et les aperçus annuels, pas les bilans semestriels
page-yearly-no-figures = un aperçu annuel { $year } du CGRA qui ne donne aucun des chiffres de l'année qu'asylq lit (demandeurs, décisions, taux de protection, charge de travail en fin d'année)
page-no-figures = pas une page de statistiques du CGRA : elle nomme { $month } mais ne donne aucun des chiffres du mois (demandeurs, décisions, taux de protection, charge de travail)
source-pdf = un PDF, pas du texte : convertissez-le d'abord en texte, p. ex. avec pdftotext
source-headerless-eurostat = ressemble à un téléchargement Eurostat sans sa ligne d'en-tête : sa première ligne, « { $first_line } », est une ligne de chiffres, non l'en-tête qui nomme les dimensions et les périodes ; téléchargez à nouveau le fichier
source-at = { $path }:{ $what }
load-unbalanced = ses totaux ne concordent pas ; rien n'a été enregistré (passez --force pour l'enregistrer quand même) :{ $failures }
load-rival-download = une autre édition de { $dataset } { $stated ->
        [yes] de la même dernière mise à jour ({ $updated })
       *[no] qui n'indique pas non plus de dernière mise à jour
    } est enregistrée avec d'autres chiffres ({ $other }) ; rien n'a été enregistré (passez --replace pour mettre celle-ci à sa place)
load-rival-edition = une autre édition du rapport de { $month }, publiée elle aussi en { $published }, est enregistrée ({ $other }) ; rien n'a été enregistré (passez --replace pour mettre celle-ci à sa place)
rebuild-no-text = la base n'en garde pas le texte (créée avant qu'asylq garde les textes) ; rechargez-la depuis son fichier
rebuild-unbalanced = ses totaux ne concordent pas : { $failure }
rebuild-refused = { $count } sources n'ont pas été réenregistrées :{ $sources }
load-refused = { $count } des { $files } fichiers ont été refusés, donc rien n'a été enregistré (chargez les autres seuls, ou corrigez ceux-ci et chargez-les tous à nouveau) :{ $refused }
fetch-unreachable = impossible de joindre { $address } : { $reason } ; rien n'a été récupéré ni enregistré (le réseau fonctionne-t-il ?)
fetch-not-found = pas de page pour { $month } : { $tried } a répondu 404
fetch-overview-not-found = pas d'aperçu annuel de { $year } : { $tried } a répondu 404
fetch-missing = pages introuvables :{ $missing }
fetch-future = fetch { $spec } : { $first } est dans le futur (nous sommes en { $now })
fetch-not-over = fetch { $spec } : { $now } n'est pas encore fini, et le CGRA publie les chiffres d'un mois le mois suivant
fetch-no-page-yet = fetch { $spec } : les mois après { $complete } n'ont pas encore de page (nous sommes en { $now }) ; fetch { $first }..{ $complete }
fetch-period = fetch { $period } : un mois (2019-10), une année (2019) ou une période (2019-01..2019-06) attendu
usage-no-embedded = --no-embedded commence une nouvelle base, et { $path } contient déjà le rapport intégré : chargez dans une nouvelle --db
usage-output-no-extension = --output { $path } : asylq ne peut pas écrire un fichier sans extension ; nommez un fichier .csv, .tsv, .json, .jsonl, .md, .txt, .svg ou .png
usage-output-extension = --output { $path } : asylq ne peut pas écrire de fichiers '.{ $extension }' ; nommez un fichier .csv, .tsv, .json, .jsonl, .md, .txt, .svg ou .png
usage-size = --size { $size } : LARGEURxHAUTEUR attendu, chacune de 100 à 4000, p. ex. 1200x600
usage-envelope = --envelope demande --format json ou jsonl
usage-one-chart = un fichier de graphique contient une réponse : lancez une requête par --output
usage-export-extension = { $path } : export écrit .csv, .tsv, .json, .jsonl ou .parquet (ou - pour stdout)
usage-export-file = { $path } : nommez un fichier .csv, .tsv, .json, .jsonl ou .parquet, ou - pour stdout
usage-parquet-stdout = export n'écrit le Parquet que dans un fichier : nommez un fichier .parquet
usage-export-format = export écrit csv, tsv, json, jsonl ou parquet, pas { $format }
usage-unload-none = unload { $which } : aucune source de ce nom de fichier ou de cette empreinte (voir `asylq sources`)
usage-unload-many = unload { $which } : { $count } sources correspondent, nommez-en une par son empreinte : { $names }
usage-as-of-none = --as-of { $when } : aucune source de la base n'a été publiée au plus tard en { $month } (voir `asylq sources`)
usage-as-of-unknown = --as-of { $which } : un mois (2023-12) attendu, ou le nom de fichier ou l'empreinte d'une source (voir `asylq sources`)
usage-as-of-many = --as-of { $which } : des sources de ce nom ont été publiées des mois différents ; nommez-en une par son empreinte
usage-as-of-replaced = --as-of { $which } : une source gardée et une édition que `load --replace` a remplacée portent ce nom ; nommez-en une par son empreinte (`asylq sources`, `show revisions`)
usage-unknown-argument = argument inconnu « { $arg } » ; `asylq --help` liste les options
usage-invalid-value = « { $value } » n'est pas une valeur de { $arg } ; ses valeurs sont { $values }
usage-value-missing = { $arg } demande une valeur ; `asylq --help` dit laquelle
usage-param = --param { $param } : NOM=VALEUR attendu
usage-wait = --wait { $wait } : des secondes de 0 à 86400 attendues
usage-export-output = export écrit dans le fichier qu'on lui donne (ou - pour stdout) ; --output ne s'y applique pas
usage-answers-not-parquet = une réponse n'est écrite en Parquet que dans un fichier : --output FICHIER.parquet (ou --format parquet avec --output)
usage-load-nothing = load : nommez au moins un fichier de rapport
chart-no-answer = pas encore de réponse à dessiner : lancez d'abord une requête
chart-file = { $path } : un graphique s'écrit en .svg ou .png
chart-drawing = en dessinant le graphique : { $reason }
chart-too-large = une image de { $size } est trop grande
chart-units = la réponse compte ses lignes en { $first_word } et en { $rest_word }, qu'un graphique ne peut pas tracer sur un seul axe : demandez `where unit = { $first }` ou `where unit = { $rest }`
chart-terminal-kind = le graphique du terminal ne trace `--chart { $kind }` que là où il convient : `line` dans le temps, `columns` pour une seule série dans le temps, `bars` toujours (`stacked` seulement dans un graphique SVG ou PNG, avec `--output`)

## Errors of the parser
code = { $code }
or-list = { $rest } ou { $last }
word-end-of-input = fin de l'entrée
word-a-measure = une mesure (applications, decisions, workload, protection_rate, pending)
word-something-else = autre chose
parse-incomplete = la requête est incomplète : { $expected } attendu
parse-unexpected = { $found } inattendu : { $expected } attendu
parse-found = { $found } trouvé ici
parse-two-statements = deux instructions sur une ligne doivent être séparées par un ';'
parse-second-statement = une deuxième instruction commence ici
hint-two-statements = écrivez `{ $first }; { $second }`, ou mettez la deuxième instruction sur sa propre ligne
hint-did-you-mean = vouliez-vous dire « { $word } » ?
hint-paren-not-closed = une '(' n'est pas fermée
hint-per = un résumé s'écrit `average per month` (aussi min, max, median ; per quarter, per year) ; `per capita` divise par la population
hint-group = groupez avec `by` : applications by month, type
hint-order = triez avec `sort by value desc` ou `sort by month`
hint-select = une requête commence par une mesure (applications where year = 2023) ; le SQL brut s'écrit sql "..."
hint-like = les pays sont reconnus sans tenir compte des majuscules ni des accents : country = "syrie"
hint-null = chaque chiffre a une valeur ; filtrez avec =, !=, in (...)
hint-average = écrivez `average per month`
hint-sum = une mesure s'additionne d'elle-même : applications where year = 2023
hint-yoy = écrivez `change yoy`
hint-desc = écrivez `sort by value desc`
hint-months = écrivez `last 3 months` ou `by month`
hint-double-equals = comparez dans `where` avec un seul `=` : where year = 2023
hint-arithmetic = le calcul se fait entre deux mesures : applications - decisions where year = 2023
lex-not-a-quarter = { $value } n'est pas un trimestre
lex-quarters-run = les trimestres vont de Q1 à Q4
lex-not-a-half = { $value } n'est pas un semestre
lex-halves-run = une année a deux semestres, H1 et H2
lex-number-too-large = ce nombre est trop grand
lex-unterminated = chaîne non terminée
lex-unterminated-label = la chaîne doit être fermée par "
lex-unknown-escape = échappement inconnu dans une chaîne
hint-escape = écrivez \" pour un guillemet, \\ pour une barre oblique inverse, \n ou \t
lex-unexpected-character = caractère inattendu « { $character } »
lex-unknown-character = asylq ne connaît pas ce caractère
hint-and = écrivez `and` : year = 2023 and type = first
hint-or = écrivez `or` : type = refugee_status or type = subsidiary_protection
hint-not = écrivez `not (...)`, ou `!=` pour comparer
hint-star = une requête commence par une mesure : applications, decisions, workload, protection_rate
hint-brackets = les listes s'écrivent entre parenthèses : type in (first, subsequent)
hint-quotes = les chaînes s'écrivent entre guillemets droits doubles : country = "Syrië"

## Errors of the checker
check-last-negated = `last N months` ne peut pas être nié
check-inside-not = dans `not`
hint-last-negated = écrivez plutôt les mois à exclure, p. ex. `month < 2023-09`
check-last-zero = `last 0 { $unit }` ne sélectionne rien
check-count-from-one = comptez à partir de 1
check-equality-only = « { $dimension } » ne se compare qu'avec = ou !=
check-no-order = cette dimension n'a pas d'ordre
check-filter-source = les chiffres ne peuvent pas être filtrés par source
hint-by-source = utilisez `by source` pour voir d'où vient chaque chiffre
check-unit-filter = une unité se choisit avec `unit = ...` ou `unit in (...)` reliés par `and`
check-units-never-mixed = les unités ne sont jamais mélangées
hint-unit-filter = écrivez p. ex. `where unit = dossiers`, ou `by unit` pour les deux
check-unknown-unit = unité inconnue { $unit }
check-not-a-unit = pas une unité
hint-units = les unités sont persons, dossiers, files
check-applications-units = les demandes ne sont comptées qu'en personnes (et, sur les pages jusqu'en 2015, en files)
check-not-counted-in = { $measure } ne sont pas comptées en { $unit }
check-none-in-unit = pas de { $measure } en { $unit }
check-two-units = cette requête demande deux unités à la fois, et personnes et dossiers ne sont jamais additionnés
hint-by-unit = ajoutez `by unit` pour voir les deux côte à côte
check-country-dossiers = les chiffres par pays ne sont donnés qu'en personnes ; le rapport n'a pas de dossiers par pays
hint-country-dossiers = retirez `unit = dossiers`, ou retirez le pays
check-unbound-parameter = le paramètre { $param } n'a pas de valeur
check-unbound-label = paramètre sans valeur
hint-bind-parameter = passez --param { $name }=VALEUR, ou d'abord `set { $name } = VALEUR`
check-not-a-count = { $param } vaut { $value }, pas un nombre entier
check-whole-number = un nombre entier attendu
hint-count-parameter = passez --param { $name }=5
check-quarter-form = un trimestre s'écrit AAAA-QN, pas { $value }
check-expected-quarter = un trimestre comme 2023-Q3 attendu
check-not-a-quarter = { $value } n'est pas un trimestre
check-not-a-month = { $value } n'est pas un mois
check-months-run = les mois vont de 01 à 12
check-month-form = un mois s'écrit AAAA-MM, pas { $value }
check-expected-month = un mois comme 2023-11 attendu
check-year-form = une année s'écrit AAAA, pas { $value }
check-expected-year = une année comme 2023 attendue
check-not-a-type = { $value } n'est pas un type de { $measure }
check-not-a-type-label = pas un type de { $measure }
hint-no-types = { $measure } n'a pas de types
hint-types = les types de { $measure } sont { $types }
check-not-a-country = { $value } n'est pas un pays
check-expected-country = un nom de pays entre guillemets attendu
check-unknown-country = pays inconnu "{ $country }"
check-no-such-country = ce pays ne figure pas dans les rapports
hint-show-countries = `show countries` liste les noms connus
hint-did-you-mean-countries = vouliez-vous dire { $countries } ?
check-modifier-twice = « { $modifier } » est donné deux fois
check-a-second-one = un deuxième
hint-modifier-once = donnez chaque modificateur une seule fois
check-modifiers-conflict = « { $first } » et « { $second } » ne peuvent pas être combinés
hint-two-queries = demandez le résumé et la comparaison en deux requêtes
check-rolling-needs-month = « { $modifier } » fait une moyenne sur des mois, et demande `by month`
hint-rolling-by-month = ajoutez `by month` : `applications by month rolling 3 months`
check-rolling-range = « { $modifier } » : une moyenne mobile prend de 2 à 12 mois
check-rolling-rate = « { $modifier } » fait la moyenne de chiffres, et un taux n'est jamais moyenné
hint-rate-longer-period = demandez le taux sur une période plus longue : `protection_rate by quarter`
check-needs-time = « { $modifier } » demande une dimension de temps
hint-add-time = ajoutez `by month` ou `by year`
check-workload-share = une part de la charge de travail est une part de ses parties (normal, backlog)
hint-workload-share = ajoutez `by type` : `workload by type share`
check-adds-up = « { $modifier } » additionne des chiffres, ce qui n'a pas de sens pour { $measure }
check-a-stock = la charge de travail est un stock
check-rate-not-added = un taux ne s'additionne pas
check-sort-key = impossible de trier par « { $key } » : ce n'est pas une colonne de cette réponse
hint-sort-key = triez par `value` ou par une dimension nommée dans `by`
check-summary-rate = un taux n'est jamais moyenné : « { $modifier } » donnerait le même poids à chaque période
hint-summary-rate = demandez `protection_rate where ...` pour le taux sur toute la période, ou `by month` pour le taux de chaque mois
check-summary-stock = la { $measure } est un stock : elle se résume seulement sur des valeurs de fin de mois
hint-per-month = écrivez `per month`
check-summary-finer = « { $modifier } » regroupe les { $per }s, la réponse ne peut donc pas être aussi par { $dimension }
hint-summary-finer = retirez cette dimension, ou résumez par une période plus courte (p. ex. `by year average per month`)
check-summary-by-country = « { $modifier } » ne peut pas être répondu par pays
hint-summary-by-country = par pays, le rapport donne des totaux depuis le début de l'année, pas des chiffres par période : seul `average per month` peut en être tiré
check-arithmetic-modifier = « { $modifier } » ne s'applique pas au calcul entre mesures
hint-arithmetic-modifier = demandez chaque mesure seule pour les parts, évolutions et résumés
check-arithmetic-by = deux mesures ne peuvent pas être combinées par { $dimension }
check-own-types = chaque mesure a ses propres types et sources
check-arithmetic-kind = { $measure } ne peut pas être additionné, soustrait ou divisé
word-a-stock = un stock
word-a-rate = un taux
hint-arithmetic-flows = le calcul se fait entre les flux : applications et decisions
check-same-measure = la même mesure des deux côtés
hint-same-measure = combinez applications avec decisions
check-arithmetic-units = { $left } sont comptées en { $left_units } et { $right } en { $right_units } : personnes et dossiers ne sont jamais combinés
check-two-units-label = deux unités
hint-one-unit = choisissez une unité pour les deux : `where unit = persons`
check-country-quarters = les chiffres par pays ne peuvent pas être répartis en trimestres
check-no-quarters-by-country = pas de trimestres par pays
hint-country-quarters = par pays, le rapport donne son propre mois et l'année jusque-là : utilisez `by month`, ou retirez le pays
check-not-a-group = « { $group } » n'est pas un groupe de types de { $measure }
hint-no-groups = { $measure } n'a pas de groupes de types
hint-groups = les groupes de { $measure } sont { $groups }
word-every-type = tous les types
check-share-outside = une part de { $group } demande des chiffres dans { $group } ; cette réponse compte aussi { $outside }
hint-share-filter = filtrez les types : `where type = { $group }`, ou l'une de ses parties
check-unknown-measure = mesure inconnue « { $measure } »
check-not-a-measure = pas une mesure
hint-measures = les mesures sont { $measures }
check-unknown-dimension = dimension inconnue « { $dimension } »
check-not-a-dimension = pas une dimension
hint-dimensions = les dimensions sont { $dimensions }
check-workload-by-country = la charge de travail n'est pas ventilée par pays
check-no-workload-by-country = pas de chiffres de charge de travail par pays
check-rate-types = protection_rate n'a pas de types : il est calculé à partir de tous les types de décision
check-rate-not-a-dimension = pas une dimension de protection_rate
hint-rate-types = utilisez `decisions ... by type` pour voir les décisions derrière le taux
check-rate-source = protection_rate est calculé à partir de nombreux chiffres et n'a pas de source unique
hint-rate-source = utilisez `decisions ... by source` pour les voir
check-sql-outside = cette instruction lit ou écrit hors de la base, ce qu'asylq n'autorise pas par défaut
check-needs-files = demande l'accès aux fichiers
hint-allow-files = lancez asylq avec --allow-files si vous faites confiance à ce script ({ $error })
check-show-where = `show` ne prend un filtre qu'après `top10`
check-show-where-ranks = `show top10 where` ne garde que des périodes et des pays
note-no-ranking = Aucun classement ne correspond : la base n'en contient aucun pour ces périodes et ces pays.
check-show-where-column = `{ $column }` n'est pas une colonne des classements
hint-show-where = `show top10 where` garde des périodes et des pays : `show top10 where year = 2023 and country = "Syrie"`
check-cannot-show = impossible d'afficher « { $topic } »
hint-show = show measures, dimensions, types, countries, sources, revisions, conflicts, coverage ou top10
check-unknown-format = format inconnu « { $format } »
hint-formats = les formats sont { $formats }
check-unknown-names = langue inconnue « { $names } » pour les noms
hint-names = les langues sont nl (celle du rapport), en, fr, et iso3 pour les codes ISO 3166 alpha-3
check-unknown-lang = langue inconnue « { $lang } »
hint-langs = les langues sont nl, fr, en
check-set-unknown-unit = unité inconnue « { $unit } »
hint-set-units = les unités sont persons, dossiers
check-no-help = pas d'aide sur « { $topic } »
hint-help-topics = `help` liste les sujets
hint-did-you-mean-topics = vouliez-vous dire { $topics } ?
check-stock-summary-gaps = la charge de travail est un stock, et la base contient sa valeur de fin de mois pour { $held } des { $months } mois de { $span } : un résumé les demande toutes, et au moins deux
hint-stock-summary-gaps = chargez les rapports des autres mois (`asylq load`), ou demandez `workload by month` pour les valeurs présentes

## More of the report reader
check-month-of = { $kind }, mois
report-no-workload-figure = charge de travail : le { $kind } en { $unit }

## Where an error is
error-at = erreur à { $place }

## What the parser expected
check-page-workload = charge totale = charge normale + arriéré
check-page-countries = demandeurs enregistrés ≥ la somme des pays classés avec leurs demandeurs
expected-operator = +, - ou /
expected-number = un nombre
expected-string = une chaîne entre guillemets
expected-comparison = comparaison
expected-sort-key = dimension ou 'value'
expected-dimension = une dimension
expected-filter = un filtre
expected-group = groupe de types
expected-period = month, quarter ou year
expected-months-or-years = months ou years
expected-setting = réglage
expected-topic = sujet
expected-value = valeur

## The frame of a note

## What load, unload, rebuild and export say
load-encoding = { $path } : pas en UTF-8 ; lu comme { $encoding }
load-replaced = chargé, à la place de l'édition { $other }
load-added = chargé
load-unchanged = déjà enregistré, inchangé
load-changes = { $count ->
        [one] 1 chiffre diffère
        *[other] { $count } chiffres diffèrent
    } de l'édition remplacée : { $list }{ $more ->
        [0] {""}
        *[other]  ; et { $more } de plus
    }
load-change = { $figure } : { $old } → { $new }
load-change-none = non donné
load-summary = { $name } : { $month } ({ $facts } chiffres, { $checks } contrôles) : { $what }{ $unplaced ->
        [0] {""}
        [1] ; 1 phrase avec des chiffres non lue, ligne { $lines }
        *[other] ; { $unplaced } phrases avec des chiffres non lues, lignes { $lines } (load --verbose les affiche)
    }
load-new-store = { $path } : une nouvelle base, qui commence avec le rapport intégré ({ $embedded }) ; `load --no-embedded` en commence une sans lui
load-not-read = { $place } : non lu : { $text }
unload-done = { $file } : { $month } ({ $digest }) retiré de { $store } ; les mois déduits avec lui sont déduits à nouveau
rebuild-stored = { $file } : { $month } ({ $facts } chiffres)
rebuild-done = { $store } reconstruite avec { $count } sources ; l'ancienne base est gardée sous { $backup }
export-wrote = { $rows } faits écrits dans { $path }

## Questions with nothing to ask
check-between-reversed = `between { $low } and { $high }` ne sélectionne rien : { $low } vient après { $high }
hint-between-reversed = écrivez `between { $low } and { $high }`
check-zero-rows = « { $modifier } » ne garde aucune ligne
check-dimension-twice = « { $dimension } » est donné deux fois dans `by`
hint-dimension-once = nommez chaque dimension une seule fois : `by month, type`
usage-param-twice = --param { $name } est donné deux fois ({ $first }, { $second }) ; donnez chaque paramètre une seule fois

## having
check-having-column = `having` compare une colonne de la réponse, et cette réponse n'a pas de colonne « { $column } »
check-not-a-column = pas une colonne de cette réponse
hint-having-columns = les colonnes de cette réponse à comparer sont { $columns }
expected-column = une colonne

## A store required
context-no-store = --require-store : pas de --db, pas d'ASYLQ_DB, et pas de base à « { $path } »

## Hints for the query meant
hint-in-year = une période est un filtre : `where year = 2023` (ou `where month = 2023-11`, `last 3 months`)
hint-month-in-words = un mois s'écrit en chiffres : `month = { $month }`
hint-type-as-measure = « { $word } » est un type de { $measure } : `{ $measure } where type = { $word }`

## The prompt's own lines
repl-formats = erreur : les formats sont { $formats }
repl-chart-usage = usage : .chart FICHIER.svg ou .chart FICHIER.png (la dernière réponse en graphique)
repl-load-usage = usage : .load FICHIER (un rapport ou une page de statistiques, en texte ou en HTML)
repl-unknown-command = erreur : commande inconnue « { $command } » ; .help liste les commandes

## The prompt's chart
repl-wrote = { $path } écrit
repl-welcome = asylq { $version } — tapez `help` ou `.help`, Ctrl-D pour quitter

## index
check-index-rate = « { $modifier } » ne s'applique pas à un taux : un taux évolue en points de pourcentage
hint-index-rate = comparez un taux avec `change` (points de pourcentage), ou indexez les décisions dont il est fait
check-index-base = index { $base } : une année (2022), un mois (2023-01) ou un trimestre (2023-Q1) attendu
check-index-base-label = pas de telle période
check-index-period = index { $base } n'est pas un { $dimension } : chaque ligne est rapportée à une période de base aussi longue que la sienne
hint-index-period = by { $dimension } prend une base d'un seul { $dimension } : index 2022 by year, index 2023-01 by month, index 2023-Q1 by quarter
note-index-base = index : chaque ligne en pour cent de son chiffre en { $base } (= 100), sur les mêmes mois que les siens.
note-index-same-months = { $rows } : { $covered } rapporté aux mêmes mois de la période de base, { $against }.
note-index-elsewhere = Pas d'indice pour { $rows } : chacun ne couvre qu'une partie de sa période, et la même place dans { $base } contient d'autres mois de l'année ; un indice ne rapporte une partie de période qu'aux mêmes mois du calendrier.
note-index-files = Pas d'indice pour { $rows } : compté en dossiers (demandes jusqu'en 2015), alors que { $base } est en personnes ; un indice rapporte une ligne à sa base dans une seule unité.
note-index-lacking = Pas d'indice pour { $rows } : les données chargées ne contiennent pas entiers les mêmes mois de { $base }.
note-index-less-parts = Rapportées à { $base } sans les parts qui manquent à ces lignes (leurs sources ne donnent ni réinstallés ni relocalisés), à définition égale : { $rows }.
note-index-unlike = Pas d'indice pour { $rows } : les mêmes mois de { $base } sont enregistrés, mais pas comparables (un côté compte les personnes réinstallées ou relocalisées, l'autre non).

## --pivot
usage-pivot-dimension = --pivot { $dimension } : la réponse n'a pas de dimension { $dimension } (pivotez une de ses dimensions `by`)
usage-pivot-extra = --pivot met `value` en colonnes, et la réponse a aussi `{ $column }` : demandez-la sans, ou sans --pivot
usage-pivot-units = --pivot garde une seule colonne `unit`, et la réponse est en { $units } : demandez une unité (where unit = …)
usage-pivot-format = --pivot forme un tableau pour les personnes et les tableurs (table, csv, tsv, markdown) ; JSON, JSON Lines et les graphiques gardent une ligne par chiffre
note-pivot-partial = Cellules dont les chiffres ne couvrent qu'une partie de leur période (ou sont déduits, ou ont des lacunes) : { $cells }.

## Answers as Parquet
usage-one-parquet = un fichier Parquet contient une seule réponse : lancez une requête par --output

## Half-years
note-change-stock-half = Pas d'évolution pour { $shown } : un stock se compare en fin de semestre, et { $shown } est l'état au { $month }.
note-partial-half = { $quarter } est partiel : les données ne couvrent que { $span }.
check-half-form = un semestre s'écrit AAAA-H1 ou AAAA-H2, pas { $value }
check-expected-half = un semestre comme 2023-H1 attendu

## month_of_year
check-month-of-year-with = `month_of_year` va avec `year`, pas avec `{ $dimension }` : chaque ligne est déjà un mois
check-month-of-year-years = `by month_of_year` sur plus d'une année additionnerait le même mois d'années différentes
check-month-of-year-same-month = janvier 2022 et janvier 2023 formeraient une seule ligne
hint-month-of-year-year = mettez les années côte à côte : `applications where year >= 2022 by month_of_year, year`, ou demandez une année : `applications where year = 2023 by month_of_year`
check-month-of-year-modifier = `{ $modifier }` lit les mois dans l'ordre, ce que `by month_of_year` ne donne pas
hint-month-of-year-by-month = demandez-le par mois : `applications where year >= 2022 by month change yoy`
check-filter-month-of-year = `month_of_year` est une dimension de `by`, pas un filtre ; filtrez sur `month` ou `year`

## month_of_year notes
note-month-of-year-missing = Aucun chiffre pour { $months } : la base n'en a pas pour ces mois.
note-month-of-year-span = Une ligne sans mois de l'année est un seul chiffre pour une suite de mois (un cumul depuis janvier par pays, ou le reste du total d'un aperçu annuel), indiquée par `period` : il n'appartient à aucun mois.

## Eurostat downloads
eurostat-empty = le fichier est vide : un téléchargement d'Eurostat a un en-tête et des lignes de chiffres
eurostat-gzip = le fichier est compressé, mais pas comme gzip sait le lire : { $reason }
eurostat-encoding = le fichier n'est pas en UTF-8 (à partir de l'octet { $at })
eurostat-not-eurostat = ce n'est pas un téléchargement d'Eurostat : sa première ligne est `{ $first_line }` ; asylq lit le TSV d'Eurostat (un en-tête comme `freq,unit,citizen,sex,age,applicant,geo\TIME_PERIOD`) et le SDMX-CSV (`DATAFLOW,…` ou `STRUCTURE,STRUCTURE_ID,…`)
eurostat-no-dataset = { $name } est un TSV d'Eurostat, qui ne nomme aucun jeu de données : nommez le fichier comme Eurostat (migr_asyappctzm.tsv.gz) ou donnez --dataset CODE, l'un de { $datasets }
eurostat-unknown-dataset = asylq ne lit pas le jeu de données Eurostat { $code } ; il lit { $datasets }
eurostat-header = ligne { $line } : { $what }
eurostat-header-no-time = l'en-tête ne nomme aucune dimension de temps (`geo\TIME_PERIOD` ou `geo\time`)
eurostat-header-empty-dimension = l'en-tête a une dimension sans nom
eurostat-header-no-periods = l'en-tête ne nomme aucune période
eurostat-header-column = l'en-tête n'a pas de colonne { $column }
eurostat-label-column = un téléchargement avec libellés a une colonne de libellés à côté de chaque colonne de codes, et { $column } est à la place d'une colonne de codes
eurostat-csv = le CSV ne peut pas être lu : { $reason }
eurostat-key = ligne { $line } : la clé de la série a { $found } codes, et l'en-tête nomme { $expected } dimensions
eurostat-period = ligne { $line }, colonne { $column } : `{ $text }` n'est pas une période comme Eurostat les écrit (2023-01, 2023M01, 2023-Q1, 2023Q1, 2023)
eurostat-label = ligne { $line }, colonne { $column } : `{ $text }` est un libellé à la place d'un code de `{ $dimension }`, et asylq ne peut pas le situer : téléchargez le fichier avec les codes (ou codes et libellés)
eurostat-frequency = ligne { $line }, colonne { $column } : `{ $period }` n'est pas une période de { $dataset }, qui ne donne que des { $months ->
    [1] mois
    [3] trimestres
   *[other] années
} : le fichier est un autre jeu de données (vérifiez son nom, ou `--dataset`)
eurostat-cell-value = ligne { $line }, colonne { $column } : `{ $text }` n'est pas un chiffre (un nombre entier, ou `:` pour aucun, puis ses indicateurs)
eurostat-cell-flags = ligne { $line }, colonne { $column } : `{ $text }` a des indicateurs qui ne sont pas des lettres d'Eurostat (b, c, d, e, f, n, p, r, s, u, z)
eurostat-cells = la ligne { $line } a { $found } cellules là où l'en-tête en a { $expected }

## Eurostat figures
eurostat-header-dimension = l'en-tête n'a pas de dimension `{ $dimension }`, que { $dataset } a

## Eurostat and load
load-eurostat = { $name } : Eurostat { $dataset }, { $figures } chiffres, de { $first } à { $last } ; { $what }
load-eurostat-unplaced = { $place } : asylq ne sait pas placer le code { $dimension } { $code } ; ses { $figures } chiffres n'ont pas été enregistrés

## load --dataset
usage-dataset-not-eurostat = --dataset nomme le jeu de données d'un téléchargement d'Eurostat, et { $path } n'en est pas un

## fetch eurostat
fetch-eurostat-not-found = Eurostat n'a pas de données pour { $address }
fetch-eurostat-dataset = `fetch eurostat` a besoin d'un jeu de données : asylq fetch eurostat migr_asyappctzm --geo BE,NL --since 2023-01
fetch-eurostat-since = --since { $since } n'est pas une période comme Eurostat les écrit (2023-01, 2023-Q1, 2023)
fetch-eurostat-geo = { $geo } n'est pas un pays déclarant qu'Eurostat connaît (BE, Belgique, EU27_2020, ...)
fetch-eurostat-citizen = { $citizen } n'est pas une nationalité qu'asylq peut demander à Eurostat (AF, Afghanistan, TOTAL, ...)

## show conflicts with Eurostat
note-eurostat-conflicts = Les demandeurs belges d'Eurostat (registered, first, subsequent : personnes sans réinstallation), au total et par nationalité, sont mis en regard de ceux du CGRA pour le même mois et la même nationalité, et listés là où ils diffèrent de plus que l'arrondi à 5 d'Eurostat. Les autres chiffres ne sont pas mis en regard, car leurs définitions diffèrent : les personnes en attente d'Eurostat (toutes instances) face à la charge de travail du CGRA (dossiers au CGRA), les décisions en première instance (personnes, positives ou rejetées) face aux décisions du CGRA (avec décisions intermédiaires et désistements), le taux de reconnaissance face au taux de protection du CGRA.

## Eurostat in queries: refusals
check-cgvs-has-none = Le CGRA ne publie pas ce chiffre : il compte la Belgique seule, sans sexe ni âge, et sa charge de travail au lieu des personnes en attente
check-eurostat-only = seul Eurostat a ceci
hint-publisher-eurostat = omettez `publisher = cgvs`, ou écrivez `publisher = eurostat`
check-unknown-publisher = `{ $value }` n'est pas un éditeur
hint-publishers = les éditeurs sont `cgvs` et `eurostat`
check-unknown-geo = `{ $value }` n'est pas un pays déclarant d'Eurostat
check-not-a-geo = pas un pays déclarant
hint-show-geos = nommez un pays déclarant par le code d'Eurostat (BE, DE, EL, EU27_2020), son code ISO (BEL, GR) ou son nom (Germany, Duitsland, Allemagne)
check-unknown-class = `{ $value }` n'est pas un { $dimension } d'Eurostat
hint-sexes = les sexes d'Eurostat sont { $sexes } (T : total, M : hommes, F : femmes, UNK : inconnu)
hint-ages = les classes d'âge d'Eurostat sont { $ages } (ou mineurs, majeurs, 14-17, 18-34, 35-64, 65+, inconnu)
check-not-a-eurostat-type = `{ $value }` n'est pas un type des { $measure } d'Eurostat
hint-eurostat-types = les types de { $measure } chez Eurostat sont { $types }
check-eurostat-workload = Eurostat ne publie pas de charge de travail : il compte les personnes dont la demande est en attente, à toutes les instances
hint-eurostat-pending = demandez `pending` (personnes, toutes instances), qui n'est pas la charge de travail du CGRA (dossiers au CGRA)
check-several-in-a-row = Le filtre garde plusieurs valeurs de `{ $dimension }` pour une ligne : asylq n'additionne jamais des chiffres d'Eurostat de pays déclarants, de sexes ou de classes d'âge différents
hint-by-dimension = ajoutez `by { $dimension }` pour une ligne chacune, ou gardez-en une avec `{ $dimension } = …`

## Eurostat in queries: notes
note-belgium-from-eurostat = Les chiffres de la Belgique viennent d'Eurostat : le CGRA n'en publie pas par sexe, par âge ni de personnes en attente.
note-eurostat-applications = Demandeurs selon Eurostat (migr_asyappctzm par mois, migr_asyappctza par an) : personnes enregistrées dans la période, premières demandes et demandes ultérieures ; contrairement au total du CGRA, ils ne comptent pas les personnes réinstallées, et jusqu'en 2015 le CGRA comptait des dossiers là où Eurostat compte des personnes.
note-eurostat-decisions = Décisions en première instance selon Eurostat (personnes) : positives (statut de réfugié, protection subsidiaire, statut humanitaire, protection temporaire) ou rejetées ; les décisions du CGRA comptent aussi les décisions intermédiaires et les désistements.
note-eurostat-rate = Le taux est le taux de reconnaissance d'Eurostat : décisions positives en première instance sur toutes les décisions en première instance (personnes), pas le taux de protection du CGRA.
note-eurostat-pending = Personnes en attente selon Eurostat (migr_asypenctzm) : personnes dont la demande attend une décision à la fin du mois, à toutes les instances ; pas la charge de travail du CGRA (dossiers au CGRA). Un stock : chaque période montre son dernier mois, jamais une somme de mois.
note-eurostat-rounding = Eurostat arrondit ses chiffres de l'asile à 5.
note-eurostat-totals = Totaux d'Eurostat là où la requête n'en nomme pas : { $totals }.
note-eurostat-totals-wider = Totaux d'Eurostat là où la requête n'en nomme pas : { $totals }, sauf dans les lignes pour lesquelles une remarque ci-dessous donne l'agrégat de nationalités le plus large d'Eurostat.
note-eurostat-flag = Indicateur { $flag } ({ $meaning }) sur les chiffres de : { $rows }.
note-eurostat-population-flag = Indicateur { $flag } ({ $meaning }) sur la population (demo_pjan) derrière les chiffres par habitant de : { $rows }.
note-eurostat-unavailable = Pas de chiffre pour { $rows } : Eurostat marque son chiffre (ou l'un des chiffres dont la ligne est faite) comme non disponible (`:`), et asylq ne donne jamais de chiffre sur moins que ce que la ligne représente.
note-eurostat-thin-aggregate = Eurostat donne un chiffre pour { $rows } bien qu'il marque certains pays membres de cet agrégat comme non disponibles (`:`) ce mois-là (combien, sur combien de membres, entre parenthèses) : le chiffre ne compte peut-être que les autres.
note-eurostat-partial-classes = Par { $dim ->
        [age] âge
       *[sex] sexe
    }, les classes montrées ne forment pas le tout pour { $rows } : la base n'a pas de chiffre des classes entre parenthèses, donc les lignes montrées ne sont pas tout le monde et ne font pas le total.
note-eurostat-coarser = Sur aucune ligne : { $rows } : des chiffres d'Eurostat sur une période plus longue, à l'intérieur de laquelle les lignes montrent les chiffres par { $per ->
    [month] mois
    [quarter] trimestre
   *[other] semestre
} de la source, jamais les deux ; une réponse par année les montre.
note-eurostat-absent-geos = Pas de ligne pour { $geos } : les téléchargements Eurostat de la base ne donnent pour eux aucun chiffre qui réponde à cette question (leurs séries sont peut-être seulement par nationalité, ou d'un autre type ou d'une autre période).
note-periods-eurostat-only = Pas dans cette réponse : { $periods }, que les chiffres du CGRA de la base ne donnent pas et ceux d'Eurostat si : demandez `… and publisher = eurostat` ({ $measure ->
        [applications] les demandeurs d'Eurostat ne comptent pas les personnes réinstallées
       *[other] la définition d'Eurostat n'est pas celle du CGRA
    }).
note-years-from-eurostat = D’Eurostat : { $periods } : les chiffres du CGRA de la base ne répondent { $n ->
        [one] pas à cette requête pour cette année
       *[other] à cette requête pour aucune de ces années
    }, et ceux d’Eurostat si ; chaque année vient d’un seul éditeur, comme elle viendrait seule, jamais des deux. Eurostat compte selon sa propre définition (sa remarque dit comment) ; les autres remarques sur les définitions parlent des lignes du CGRA.
flag-b = rupture de série
flag-c = confidentiel
flag-d = définition différente
flag-e = estimé
flag-f = prévision
flag-n = non significatif
flag-p = provisoire
flag-r = révisé
flag-s = estimation d'Eurostat
flag-u = peu fiable
flag-z = sans objet

## Eurostat in queries: shares
check-share-of-geos = `share` sur des pays déclarants est la part de chacun dans le total d'Eurostat, que le filtre doit nommer
hint-share-of-geos = nommez un agrégat à côté des pays : `geo in (BE, NL, DE, EU27_2020)`

## Eurostat in queries: no data
check-no-eurostat = Le stock ne contient aucun chiffre d'Eurostat, dont cette requête a besoin (plusieurs pays déclarants, sexe, âge, personnes en attente, ou `publisher = eurostat`)
hint-fetch-eurostat = récupérez d'abord un jeu de données : `asylq fetch eurostat migr_asyappctzm --geo BE,NL,DE,FR --since 2023-01`, ou `asylq load` un téléchargement

## per capita
hint-per-capita-alone = `per capita` divise chaque ligne par sa population ; demandez les parts, variations, cumuls ou résumés dans une requête à part
check-rate-per-capita = `per capita` ne s'applique pas à { $measure }, un taux
check-no-population = `per capita` a besoin de la population au 1er janvier, que la base ne contient pas
hint-fetch-population = récupérez-la chez Eurostat : `asylq fetch eurostat demo_pjan --geo BE,NL,DE,FR` (ou chargez un téléchargement de demo_pjan ou tps00001)
note-per-capita = per capita : chaque valeur est le chiffre (`count`) pour 1 000 habitants du pays déclarant au 1er janvier de l'année de la ligne (`population`, Eurostat demo_pjan).
note-per-capita-missing = Pas de valeur par habitant pour { $rows } : la ligne couvre deux années, ou la base ne contient pas de population pour son année.

## Eurostat in queries: fallback
note-belgium-eurostat-fallback = Les chiffres du CGRA de la base n'en donnent aucun pour cette requête : les chiffres de la Belgique viennent d'Eurostat.

## Eurostat in queries: months
note-eurostat-fewer-months = Pas à périmètre égal : ces lignes couvrent moins de mois que les autres lignes de leur période, car la base n'a pas de chiffre d'Eurostat pour les mois manquants (ses téléchargements finissent plus tôt ou commencent plus tard, ou Eurostat les marque `:`) : { $rows }.
note-empty-eurostat = Aucun chiffre : les téléchargements d’Eurostat de la base ne contiennent aucun chiffre pour ce filtre (`show sources` les liste).

## Eurostat in queries: pending
check-pending-share = une part des personnes en attente est la part de chaque pays déclarant dans l'agrégat d'Eurostat
hint-pending-share = demandez par pays déclarant, avec l'agrégat : `pending where geo in (BE, NL, EU27_2020) by geo share`

## Eurostat in queries: pending types
check-pending-types = Eurostat compte les personnes en attente en un seul chiffre, sans types
hint-pending-types = répartissez-les plutôt par nationalité, sexe ou âge : `pending by country`, `pending by sex`

## Eurostat in queries: arithmetic
check-arithmetic-publishers = { $left } et { $right } viendraient ici de deux éditeurs (le CGRA et Eurostat), dont les chiffres ne sont pas comptés de la même façon

## Eurostat in queries: wider aggregate
note-eurostat-wider = Eurostat n'y donne pas de chiffre pour toutes les nationalités (TOTAL) : ces lignes prennent son agrégat le plus large, { $whole } (ressortissants de pays hors de l'UE) : { $rows }.

## A filter in words (chart titles, subtitles and notes)
said-since = depuis { $period }
said-after = après { $period }
said-until = jusqu'en { $period }
said-before = avant { $period }
said-except = sauf { $what }
said-or = ou
said-between = { $low }–{ $high }
said-last = { $years ->
        [yes] { $count ->
            [one] la dernière année
           *[other] les { $count } dernières années
        }
       *[no] { $count ->
            [one] le dernier mois
           *[other] les { $count } derniers mois
        }
    }
said-limited = Limité à : { $what }.
said-code = { $field ->
        [publisher] { $code ->
            [eurostat] selon Eurostat
           *[other] selon le CGRA
        }
        [sex] { $code ->
            [F] femmes
            [M] hommes
            [T] les deux sexes
           *[other] sexe inconnu
        }
        [age] { $code ->
            [TOTAL] tous âges
            [Y_LT14] moins de 14 ans
            [Y14-17] de 14 à 17 ans
            [Y_LT18] moins de 18 ans
            [Y18-34] de 18 à 34 ans
            [Y35-64] de 35 à 64 ans
            [Y_GE65] 65 ans et plus
            [Y_GE18] 18 ans et plus
           *[other] âge inconnu
        }
       *[other] toutes nationalités
    }
said-combined = { $left } { $op ->
        [add] plus
        [sub] moins
       *[div] divisé par
    } { $right }

line-note = remarque : { $text }
line-error = erreur : { $text }
line-help = aide : { $text }
hint-reader-word = le langage des requêtes est en anglais : écrivez `{ $word }` pour `{ $typed }`
hint-range = une suite de périodes s'écrit `year between 2022 and 2023` (ou `month between 2023-01 and 2023-06`)
hint-decimal = un nombre décimal n'est admis qu'après `having` (`having share > 12.5`) ; les années, les mois, les nombres et `top` prennent des nombres entiers
hint-decimal-comma = les décimales s'écrivent avec un point : `having share > 5.5`
hint-change-columns = `change` donne les deux colonnes, `change` et `change_pct` (`change_pp` pour un taux) : écrivez `change`, ou `change yoy`
hint-date-day = un mois s'écrit sans son jour : `2023-01`
store-not-duckdb = { $context } : ce fichier n'est pas une base d'asylq (ce n'est pas une base DuckDB) ; nommez une base faite par `asylq load`, ou un nouveau fichier pour en faire une
source-binary = pas un texte (binaire) : asylq lit le texte d'un rapport ou d'une page (UTF-8, UTF-16 ou Windows-1252), le HTML enregistré depuis le site, ou un téléchargement d'Eurostat
word-unit = { $unit ->
        [persons] personnes
        [dossiers] dossiers
        [files] demandes d'asile (files)
       *[other] { $unit }
    }
said-having = { $column ->
        [value] chiffres
       *[other] { $column }
    } { $op ->
        [gt] supérieurs à
        [ge] d'au moins
        [lt] inférieurs à
        [le] d'au plus
        [eq] égaux à
       *[ne] différents de
    } { $value }
