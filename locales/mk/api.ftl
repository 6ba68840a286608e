# Интерфејс на HTTP API: наслови и описи на проблеми (RFC 9457).

problem-not-found-title = Не е пронајдено
problem-not-found-detail = На адресата { $path } нема ништо.
problem-course-not-found-title = Курсот не е пронајден
problem-course-not-found-detail = Ниту еден објавен курс нема id или slug „{ $course }“.
problem-method-not-allowed-title = Методот не е дозволен
problem-method-not-allowed-detail = Методот { $method } не е дозволен на { $path }.
problem-malformed-json-title = Неисправен JSON
problem-malformed-json-detail = Телото на барањето не е исправен JSON (ред { $line }, колона { $column }).
problem-invalid-body-title = Неисправно тело на барањето
problem-invalid-body-detail = Телото на барањето го нема очекуваниот облик (ред { $line }, колона { $column }): { $reason }
problem-payload-too-large-title = Телото на барањето е преголемо
problem-payload-too-large-detail = Телото на барањето може да има најмногу { $limit } бајти.
problem-unsupported-media-type-title = Неподдржан тип на содржина
problem-unsupported-media-type-detail = Испратете го телото на барањето во еден од типовите медиуми што ги прима оваа операција: { $types }.
problem-validation-failed-title = Неисправен внес
problem-validation-failed-detail = { $count ->
    [one] { $count } поле не е исправно.
   *[other] { $count } полиња не се исправни.
}
problem-invalid-credentials-title = Погрешна е-пошта или лозинка
problem-invalid-credentials-detail = Адресата на е-пошта или лозинката не се точни.
problem-unauthenticated-title = Потребна е најава
problem-unauthenticated-detail = Најавете се и испратете го пристапниот токен за да го користите овој ресурс.
problem-forbidden-title = Не е дозволено
problem-forbidden-detail = Вашата сметка не смее да го направи ова.
problem-conflict-title = Конфликт на податоци
problem-conflict-detail = Ова е во конфликт со податоци што веќе постојат.
problem-not-ready-title = Не е подготвено
problem-not-ready-detail = Услугата сѐ уште не може да обработува барања; погледнете ги неуспешните проверки.
problem-unavailable-title = Услугата не е достапна
problem-unavailable-detail = Базата на податоци моментално не е достапна. Обидете се повторно наскоро.
problem-internal-title = Внатрешна грешка
problem-internal-detail = Настана грешка кај нас. Идентификаторот на барањето ни помага да ја пронајдеме.
problem-bad-request-title = Неисправно барање
problem-bad-request-detail = Барањето не може да се разбере.
problem-unknown-reference-title = Не е пронајдено
problem-unknown-reference-detail = { $count ->
    [one] Барањето наведува нешто што тука не постои.
   *[other] Барањето наведува работи што тука не постојат ({ $count }).
}
problem-wrong-password-title = Погрешна лозинка
problem-wrong-password-detail = Лозинката дадена како потврда не е лозинката на оваа сметка.
problem-invalid-query-title = Неважечки параметри на барањето
problem-invalid-query-detail = { $count ->
    [one] Еден параметар на барањето не е важечки.
   *[other] { $count } параметри на барањето не се важечки.
}
problem-too-many-requests-title = Премногу барања
problem-too-many-requests-detail = Почекајте малку пред повторно да се обидете.

field-required = Ова поле е задолжително.
field-query-unknown = Оваа операција нема параметар со ова име.
field-choice-invalid = Изберете едно од: { $choices }.
field-query-value-invalid = Оваа вредност не е важечка за овој параметар.
field-uuid-invalid = Испратете id како 36 знаци: 8-4-4-4-12 хексадецимални цифри со цртички (UUID).
field-survey-item-unknown = Оваа анкета нема ставка со овој id.
field-rating-invalid = Изберете цел број од 1 до { $max }.
field-comment-invalid = Напишете одговор од најмногу { $max } знаци.
field-question-unknown = Овој тест нема прашање со овој id.
field-answer-type-invalid = Ова прашање бара друг вид одговор.
field-invalid-email = Ова не е исправна адреса на е-пошта.

problem-invalid-token-title = Неважечка или истечена врска
problem-invalid-token-detail = Оваа врска не е важечка: можеби истекла или веќе е искористена. Побарајте нова.
problem-email-not-verified-title = Е-поштата не е потврдена
problem-email-not-verified-detail = Потврдете ја вашата адреса на е-пошта со врската што ви ја испративме, а потоа најавете се.

field-password-too-short = Лозинката мора да има најмалку { $min } знаци.
field-password-too-long = Лозинката може да има најмногу { $max } знаци.
field-password-common = Оваа лозинка е премногу честа; изберете друга.
field-password-wrong = Тековната лозинка не е точна.
field-invitation-invalid = Овој код за покана не е важечки.
field-gender-invalid = Изберете едно од: female, male, other, prefer-not-to-say.
field-display-name-invalid = Името мора да има од 1 до 200 знаци.
field-display-name-blank = Името мора да има барем еден знак што не е празно место.
field-display-name-control = Името не смее да содржи контролни знаци, како што се нов ред или табулатор.
field-display-name-direction = Името не смее да содржи невидливи знаци за насока на текстот; отстранете го { $character }.
field-too-long = Испратете најмногу { $max } знаци.
field-role-invalid = Изберете едно од: learner, trainer, admin.
field-country-invalid = Користете двобуквен ISO 3166-1 код на земјата, на пр. BA, RS, ME.
field-institution-invalid = Оваа институција не постои или не е во ваша надлежност.
field-number-invalid = Внесете број во дозволениот опсег.
field-sort-invalid = Изберете редослед од списокот: name, enrolled_at, completed_at, lessons_completed, final_score; asc или desc.
field-report-gender-invalid = Изберете едно од: female, male, other, prefer-not-to-say, unspecified.
field-date-invalid = Внесете датум во облик ГГГГ-ММ-ДД.
field-date-range-invalid = Крајниот датум не смее да биде пред почетниот.
field-format-invalid = Изберете json или csv.
field-group-by-invalid = Групирајте по: course, locale, institution, country, gender, month (секое еднаш).
field-course-required = Изберете курс.
field-gain-group-by-invalid = Групирајте по: course, institution, country (секое еднаш).
# The audit log (GET /api/v1/admin/audit).
field-datetime-invalid = Внесете датум во облик ГГГГ-ММ-ДД или време како 2026-03-01T09:30:00Z (RFC 3339; во URL знакот + пред поместувањето пишувајте го како %2B).
field-limit-invalid = Внесете цел број од 1 до { $max }.
field-user-id-invalid = Ова не е ид на корисник.
field-cursor-invalid = Ова не е ид на запис; користете ја вредноста next од претходната страница.

problem-not-enrolled-title = Потребно е запишување
problem-not-enrolled-detail = Запишете се на овој курс за да ги отворите неговите лекции и проверки на знаењето.
problem-course-restricted-title = Курс со ограничено запишување
problem-course-restricted-detail = На овој курс може да се запишат само вработени во одредени институции или земји. Ако вашата сметка не ја наведува вашата институција, обратете се до центарот за обука.

# Time-on-task heartbeats.
field-seconds-invalid = Испратете цел број секунди од 0 до { $max }.
field-lesson-unknown = Овој курс нема лекција со овој идентификатор.

problem-attempt-limit-reached-title = Искористени се сите обиди
problem-attempt-limit-reached-detail = Ги искористивте сите обиди што ги дозволува оваа проверка на знаењето.
problem-attempt-closed-title = Обидот е затворен
problem-attempt-closed-detail = Овој обид е предаден или времето истече; одговорите повеќе не може да се менуваат.
problem-bundle-refused-title = Пакетот е одбиен
problem-bundle-refused-detail = Прикачената датотека не е пакет што Кампус го прифаќа; ништо од неа не е зачувано. { $count ->
    [1] Причината е наведена под refusals.
   *[other] Причини: { $count }; наведени под refusals: { $listed }.
}
problem-bundle-invalid-title = Пакетот не е исправен
problem-bundle-invalid-detail = Пакетот е прочитан, но неговата содржина има грешки; ништо не е зачувано. { $count ->
    [one] Проблемот е наведен
   *[other] Проблеми: { $count }, наведени се
} под problems, секој со датотека и ред.
problem-translation-refused-title = Преводот е одбиен
problem-translation-refused-detail = Датотеката со превод е одбиена; ништо не е зачувано. { $count ->
    [one] Причината е наведена
   *[other] Причини: { $count }, наведени се
} под problems, секоја со код и, каде што е познато, единица и ред.
problem-translation-invalid-title = Преводот не е исправен
problem-translation-invalid-detail = Со овој превод курсот би имал грешки; ништо не е зачувано. { $count ->
    [one] Проблемот е наведен
   *[other] Проблеми: { $count }, наведени се
} под problems, секој со датотека и ред.

## The public certificate verification page (/verify/{code})
verify-page-title = Проверка на сертификат
verify-valid = Овој сертификат е важечки.
verify-revoked = Овој сертификат е поништен на { $date }. Причина: { $reason }
verify-unknown = Ниеден сертификат нема ваков код. Проверете го кодот отпечатен на сертификатот.
verify-serial = Сериски број
verify-holder = Носител
verify-course = Курс
verify-hours = Часови
verify-completed = Завршен на
verify-issuer = Издаден од

## Admin: texts printed on certificates (institution names, revocation reasons), trainers.
field-text-invalid = Внесете од 1 до { $max } знаци: не само празни места, и без контролни знаци и невидливи ознаки за насока на текстот.
field-scope-required = Изберете барем еден опсег.
problem-not-a-trainer-title = Корисникот не е тренер
problem-not-a-trainer-detail = Само тренерите следат институции; овој корисник е { $role ->
    [learner] учесник
   *[admin] администратор
}. Прво доделете му ја улогата тренер.
