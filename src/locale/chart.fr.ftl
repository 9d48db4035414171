# Les mots des graphiques d'asylq en français : titres, axes, légendes,
# remarques sous un graphique et sources. Les mêmes messages que
# chart.en.ftl, avec les mêmes arguments.

## Words of a title

chart-measure = { $code ->
        [applications] Demandes d'asile
        [decisions] Décisions
        [workload] Charge de travail
        [protection_rate] Taux de protection
        [pending] Personnes en attente
       *[as-is] { $code }
    }
chart-of-measure = { $how ->
        [share] Part des
        [change] Évolution des
        [running] Cumul des
       *[rolling] Moyenne mobile des
    } { $measure }
chart-dimension = { $code ->
        [country] pays d'origine
        [month] mois
        [quarter] trimestre
        [half] semestre
        [year] année
        [month_of_year] mois de l'année
        [type] type
        [unit] unité
        [source] source
        [geo] pays déclarant
        [sex] sexe
        [age] âge
        [publisher] éditeur
       *[as-is] { $code }
    }
chart-by = par
chart-and = et
chart-largest = Les { $n } plus grands

## Stored words as a reader says them (types, units, sexes, ages); other text as it is

# `other` in a note: the report's other countries.
chart-other-countries = autres pays
chart-ask-eurostat = Eurostat comme éditeur
chart-term = { $code ->
        [cgvs] CGRA
        [eurostat] Eurostat
        [total] total
        [registered] enregistrées
        [first] premières demandes
        [subsequent] demandes ultérieures
        [resettlement] réinstallation
        [relocation] relocalisation
        [interim] décisions intermédiaires
        [refugee_status] statut de réfugié
        [subsidiary_protection] protection subsidiaire
        [inadmissible] irrecevable
        [manifestly_unfounded] manifestement infondé
        [refusal] refus
        [withdrawal] retrait
        [negative] négatif
        [protection] protection
        [final] décisions finales
        [normal] charge normale
        [backlog] arriéré
        [published] publié
        [persons] personnes
        [dossiers] dossiers
        [files] demandes
        [percent] pour cent
        [per_1000] pour 1 000 habitants
        [other] autres
        [positive] positives
        [humanitarian] statut humanitaire
        [temporary_protection] protection temporaire
        [rejected] rejetées
        [F] femmes
        [M] hommes
        [UNK] inconnu
        [Y_LT14] moins de 14 ans
        [Y14-17] 14 à 17 ans
        [Y_LT18] moins de 18 ans
        [Y18-34] 18 à 34 ans
        [Y35-64] 35 à 64 ans
        [Y_GE65] 65 ans ou plus
        [Y_GE18] 18 ans ou plus
       *[as-is] { $code }
    }

## Axes

chart-axis = { $role ->
        [points] points de pourcentage
        [change] évolution, { $unit }
        [index] indice, base = 100
        [change-percent] évolution, pour cent
        [share-of-whole] en % de l'ensemble des { $unit }
       *[share-of-period] en % des { $unit } de la période
    }
chart-index-base = indice, { $base } = 100
chart-part = { $kind ->
       *[quarter] T{ $n }
        [half] S{ $n }
    }
chart-month-short = { $month ->
        [1] janv.
        [2] févr.
        [3] mars
        [4] avr.
        [5] mai
        [6] juin
        [7] juil.
        [8] août
        [9] sept.
        [10] oct.
        [11] nov.
       *[12] déc.
    }

## The subtitle: the main caveat

chart-caveat = { $kind ->
        [derived] Calculé par asylq à partir de chiffres publiés
        [as-of] Un stock à la fin de son dernier mois
        [partial] Incomplet
        [published-rate] Le taux tel que le CGRA l'a publié
        [missing-months] Mois manquants
       *[year-to-date] Depuis janvier
    }
chart-caveat-periods = { $caveat } : { $periods }

## Under the chart: its marks and notes

chart-drawn-hollow = Points creux, traits pointillés et colonnes claires : périodes que les données ne couvrent qu'en partie, ou déduites ({ $periods }).
chart-drawn-in-part = Tracés, bien que les données ne les couvrent qu'en partie ou qu'ils soient déduits ({ $periods }).
chart-nothing-drawn = Rien n'est tracé : aucune période n'est couverte entière.
chart-no-figure = Aucun chiffre à tracer.
chart-mark = { $period } : { $what }
chart-derived = calculé par asylq à partir de chiffres publiés
chart-without = sans { $months }
chart-only-months = { $months } seulement
chart-months-held = { $held } mois sur { $of }
chart-not-drawn = Non tracés, car les données ne les couvrent qu'en partie : { $periods }.
chart-left-out = Laissés de côté : { $periods } (chiffres pour une période plus longue que celles du graphique).
chart-no-figure-for = Aucun chiffre dans la base pour : { $periods }.
chart-note = Remarque : { $note }

## Sources, as a reader cites them

chart-sources = { $number ->
        [one] Source
       *[several] Sources
    } : { $cited } (asylq)
chart-no-sources = Sources : aucune, aucun chiffre n'étant tracé (asylq)
chart-cgvs = CGRA
chart-report = { $title } (rapport mensuel)
chart-report-published = { $title } (rapport mensuel, publié en { $month })
chart-yearly-overview = bilan annuel { $year } ({ $lang })
chart-yearly-overviews = bilans annuels { $first }–{ $last } ({ $lang })
chart-page = page statistique de { $month } ({ $lang })
chart-pages = pages statistiques de { $first }–{ $last } ({ $lang })
chart-dataset = { $dataset } (dernière mise à jour { $updated })
chart-dataset-undated = { $dataset } (dernière mise à jour non indiquée)
