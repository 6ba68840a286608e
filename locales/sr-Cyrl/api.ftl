# Интерфејс HTTP API-ја: наслови и описи проблема (RFC 9457).

problem-not-found-title = Није пронађено
problem-not-found-detail = На адреси { $path } нема ничега.
problem-course-not-found-title = Курс није пронађен
problem-course-not-found-detail = Ниједан објављени курс нема id или slug „{ $course }”.
problem-method-not-allowed-title = Метода није дозвољена
problem-method-not-allowed-detail = Метода { $method } није дозвољена на { $path }.
problem-malformed-json-title = Неисправан JSON
problem-malformed-json-detail = Тело захтева није исправан JSON (ред { $line }, колона { $column }).
problem-invalid-body-title = Неисправно тело захтева
problem-invalid-body-detail = Тело захтева нема очекивани облик (ред { $line }, колона { $column }): { $reason }
problem-payload-too-large-title = Тело захтева је превелико
problem-payload-too-large-detail = Тело захтева може имати највише { $limit } бајтова.
problem-unsupported-media-type-title = Неподржан тип садржаја
problem-unsupported-media-type-detail = Пошаљите тело захтева у једном од типова медија које ова операција прима: { $types }.
problem-validation-failed-title = Неисправан унос
problem-validation-failed-detail = { $count ->
    [one] { $count } поље није исправно.
    [few] { $count } поља нису исправна.
   *[other] { $count } поља није исправно.
}
problem-invalid-credentials-title = Погрешна е-адреса или лозинка
problem-invalid-credentials-detail = Е-адреса или лозинка нису тачни.
problem-unauthenticated-title = Потребна је пријава
problem-unauthenticated-detail = Пријавите се и пошаљите приступни токен да бисте користили овај ресурс.
problem-forbidden-title = Није дозвољено
problem-forbidden-detail = Ваш налог не може да изврши ову радњу.
problem-conflict-title = Сукоб података
problem-conflict-detail = Ово је у сукобу са подацима који већ постоје.
problem-not-ready-title = Није спремно
problem-not-ready-detail = Сервис још не може да обрађује захтеве; погледајте неуспеле провере.
problem-unavailable-title = Сервис није доступан
problem-unavailable-detail = База података тренутно није доступна. Покушајте поново ускоро.
problem-internal-title = Интерна грешка
problem-internal-detail = Дошло је до грешке на нашој страни. Идентификатор захтева помаже нам да је пронађемо.
problem-bad-request-title = Неисправан захтев
problem-bad-request-detail = Захтев није могуће разумети.
problem-unknown-reference-title = Није пронађено
problem-unknown-reference-detail = { $count ->
    [one] Захтев наводи нешто што овде не постоји.
   *[other] Захтев наводи ствари које овде не постоје ({ $count }).
}
problem-wrong-password-title = Погрешна лозинка
problem-wrong-password-detail = Лозинка дата као потврда није лозинка овог налога.
problem-invalid-query-title = Неисправни параметри упита
problem-invalid-query-detail = { $count ->
    [one] Један параметар упита није исправан.
    [few] { $count } параметра упита нису исправна.
   *[other] { $count } параметара упита није исправно.
}
problem-too-many-requests-title = Превише захтева
problem-too-many-requests-detail = Сачекајте тренутак пре него што покушате поново.

field-required = Ово поље је обавезно.
field-query-unknown = Ова операција нема параметар упита с овим именом.
field-choice-invalid = Изаберите једно од: { $choices }.
field-query-value-invalid = Ова вредност није исправна за овај параметар.
field-uuid-invalid = Пошаљите id као 36 знакова: 8-4-4-4-12 хексадецималних цифара с цртицама (UUID).
field-survey-item-unknown = Ова анкета нема ставку с овим id-ом.
field-rating-invalid = Изаберите цео број од 1 до { $max }.
field-comment-invalid = Напишите одговор од највише { $max } знакова.
field-question-unknown = Овај тест нема питање с овим id-ом.
field-answer-type-invalid = Ово питање тражи другу врсту одговора.
field-invalid-email = Ово није исправна е-адреса.

problem-invalid-token-title = Неисправна или истекла веза
problem-invalid-token-detail = Ова веза није важећа: можда је истекла или је већ употребљена. Затражите нову.
problem-email-not-verified-title = Е-адреса није потврђена
problem-email-not-verified-detail = Потврдите своју е-адресу везом коју смо вам послали, а затим се пријавите.

field-password-too-short = Лозинка мора имати најмање { $min } знакова.
field-password-too-long = Лозинка може имати највише { $max } знакова.
field-password-common = Ова лозинка је превише честа; изаберите другу.
field-password-wrong = Тренутна лозинка није тачна.
field-invitation-invalid = Овај код позивнице није важећи.
field-gender-invalid = Изаберите једно од: female, male, other, prefer-not-to-say.
field-display-name-invalid = Име мора имати од 1 до 200 знакова.
field-display-name-blank = Име мора имати бар један знак који није размак.
field-display-name-control = Име не сме да садржи контролне знакове, као што су прелом реда или табулатор.
field-display-name-direction = Име не сме да садржи невидљиве знакове за смер текста; уклоните { $character }.
field-too-long = Пошаљите највише { $max } знакова.
field-role-invalid = Изаберите једно од: learner, trainer, admin.
field-country-invalid = Користите двословни ISO 3166-1 код земље, нпр. BA, RS, ME.
field-institution-invalid = Ова институција не постоји или није у вашој надлежности.
field-number-invalid = Унесите број у дозвољеном опсегу.
field-sort-invalid = Изаберите редослед са списка: name, enrolled_at, completed_at, lessons_completed, final_score; asc или desc.
field-report-gender-invalid = Изаберите једно од: female, male, other, prefer-not-to-say, unspecified.
field-date-invalid = Унесите датум у облику ГГГГ-ММ-ДД.
field-date-range-invalid = Крајњи датум не сме бити пре почетног.
field-format-invalid = Изаберите json или csv.
field-group-by-invalid = Групишите по: course, locale, institution, country, gender, month (свако једном).
field-course-required = Изаберите курс.
field-gain-group-by-invalid = Групишите по: course, institution, country (свако једном).
# The audit log (GET /api/v1/admin/audit).
field-datetime-invalid = Унесите датум у облику ГГГГ-ММ-ДД или време као 2026-03-01T09:30:00Z (RFC 3339; у адреси (URL) знак + испред помака пишите као %2B).
field-limit-invalid = Унесите цео број од 1 до { $max }.
field-user-id-invalid = Ово није ид корисника.
field-cursor-invalid = Ово није ид записа; употребите вредност next са претходне странице.

problem-not-enrolled-title = Потребан је упис
problem-not-enrolled-detail = Упишите се на овај курс да бисте отворили његове лекције и провере знања.
problem-course-restricted-title = Курс са ограниченим уписом
problem-course-restricted-detail = На овај курс могу да се упишу само запослени у одређеним институцијама или земљама. Ако ваш налог не наводи вашу институцију, обратите се центру за обуку.

# Time-on-task heartbeats.
field-seconds-invalid = Пошаљите цео број секунди од 0 до { $max }.
field-lesson-unknown = Овај курс нема лекцију са овим идентификатором.

problem-attempt-limit-reached-title = Искоришћени су сви покушаји
problem-attempt-limit-reached-detail = Искористили сте све покушаје које ова провера знања дозвољава.
problem-attempt-closed-title = Покушај је затворен
problem-attempt-closed-detail = Овај покушај је предат или је време истекло; одговори се више не могу мењати.
problem-bundle-refused-title = Пакет је одбијен
problem-bundle-refused-detail = Отпремљена датотека није пакет који Кампус прихвата; ништа од ње није сачувано. { $count ->
    [1] Разлог је наведен под refusals.
   *[other] Разлога: { $count }; наведених под refusals: { $listed }.
}
problem-bundle-invalid-title = Пакет није исправан
problem-bundle-invalid-detail = Пакет је прочитан, али његов садржај има грешке; ништа није сачувано. { $count ->
    [one] Проблем је наведен
   *[other] Проблема: { $count }, наведени су
} под problems, сваки са датотеком и редом.
problem-translation-refused-title = Превод је одбијен
problem-translation-refused-detail = Датотека превода је одбијена; ништа није сачувано. { $count ->
    [one] Разлог је наведен
   *[other] Разлога: { $count }, наведени су
} под problems, сваки са кодом и, где је познато, јединицом и редом.
problem-translation-invalid-title = Превод није исправан
problem-translation-invalid-detail = Са овим преводом курс би имао грешке; ништа није сачувано. { $count ->
    [one] Проблем је наведен
   *[other] Проблема: { $count }, наведени су
} под problems, сваки са датотеком и редом.

## The public certificate verification page (/verify/{code})
verify-page-title = Провера сертификата
verify-valid = Овај сертификат је важећи.
verify-revoked = Овај сертификат је опозван { $date }. Разлог: { $reason }
verify-unknown = Ниједан сертификат нема овај код. Проверите код одштампан на сертификату.
verify-serial = Серијски број
verify-holder = Ималац
verify-course = Курс
verify-hours = Број сати
verify-completed = Завршен
verify-issuer = Издао

## Admin: texts printed on certificates (institution names, revocation reasons), trainers.
field-text-invalid = Унесите од 1 до { $max } знакова: не само размаке, и без контролних знакова и невидљивих ознака правца текста.
field-scope-required = Изаберите бар један опсег.
problem-not-a-trainer-title = Корисник није тренер
problem-not-a-trainer-detail = Само тренери прате институције; овај корисник је { $role ->
    [learner] полазник
   *[admin] администратор
}. Прво му доделите улогу тренера.
