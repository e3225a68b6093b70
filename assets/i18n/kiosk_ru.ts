<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../ui/screens/attract.py" line="+25"/>
        <source>Hello! At this kiosk you can:</source>
        <translation>Здравствуйте! Здесь можно:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply for public services</source>
        <translation>Подать заявление на государственную услугу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your application</source>
        <translation>Проверить своё заявление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to the akim</source>
        <translation>Написать обращение акиму</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touch to start</source>
        <translation>Коснитесь, чтобы начать</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../ui/fields/date.py" line="+203"/>
        <source>Chosen: %1</source>
        <translation>Выбрано: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap ▲ or ▼ to choose the day, the month and the year.</source>
        <translation>Нажимайте ▲ или ▼, чтобы выбрать день, месяц и год.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later day</source>
        <translation>Следующий день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier day</source>
        <translation>Предыдущий день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later month</source>
        <translation>Следующий месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier month</source>
        <translation>Предыдущий месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later year</source>
        <translation>Следующий год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier year</source>
        <translation>Предыдущий год</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the date</source>
        <translation>Очистить дату</translation>
    </message>
</context>
<context>
    <name>FieldDisplay</name>
    <message>
        <location filename="../../ui/fields/display.py" line="+23"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../ui/fields/base.py" line="+125"/>
        <source>%1 (required)</source>
        <extracomment>the raw value, after each edit by the visitor the visitor left the field (time to show its error, if any) the visitor changed this field at least once (errors show only after that)</extracomment>
        <translation>%1 (обязательно)</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../ui/texts.py" line="+63"/>
        <source>Please choose one of the answers.</source>
        <translation>Пожалуйста, выберите один из ответов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose at least one answer.</source>
        <translation>Пожалуйста, выберите хотя бы один ответ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>Please choose the day, the month and the year.</source>
        <translation>Пожалуйста, выберите день, месяц и год.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Please tap this box to agree. Without it the application cannot be sent.</source>
        <translation>Чтобы дать согласие, нажмите на этот квадрат и поставьте галочку. Без неё заявление нельзя отправить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please fill this in.</source>
        <translation>Пожалуйста, заполните это поле.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This answer cannot be used. Please enter it again.</source>
        <translation>Этот ответ не подходит. Пожалуйста, введите его ещё раз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is too short. Please write at least %1 characters.</source>
        <translation>Слишком коротко. Напишите не меньше %1 знаков.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is too long. Please use at most %1 characters.</source>
        <translation>Слишком длинно. Можно написать не больше %1 знаков.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not written the way it should be. See the hint under the question.</source>
        <translation>Это написано не так, как нужно. Посмотрите подсказку под вопросом.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This text has characters that cannot be used. Please remove them.</source>
        <translation>В тексте есть знаки, которые нельзя использовать. Пожалуйста, удалите их.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please write a number, using digits.</source>
        <translation>Пожалуйста, напишите число цифрами.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please write a whole number, without a decimal part.</source>
        <translation>Пожалуйста, напишите целое число, без дробной части.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number cannot be less than %1.</source>
        <translation>Число не может быть меньше %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number cannot be more than %1.</source>
        <translation>Число не может быть больше %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date cannot be earlier than %1.</source>
        <translation>Дата не может быть раньше %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date cannot be later than %1.</source>
        <translation>Дата не может быть позже %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose one of the answers shown.</source>
        <translation>Пожалуйста, выберите один из показанных ответов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose more answers: at least %1 in all.</source>
        <translation>Выберите больше ответов: всего не меньше %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many answers are chosen. Please choose at most %1.</source>
        <translation>Выбрано слишком много ответов. Выберите не больше %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phone number is not complete or not valid. Please enter the 10 digits that come after +7.</source>
        <translation>Номер телефона неполный или неверный. Введите 10 цифр, которые идут после +7.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This e-mail address is not complete. It should look like name@mail.kz.</source>
        <translation>Адрес электронной почты неполный. Он должен выглядеть так: name@mail.kz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An IIN has exactly 12 digits. Check the number on your ID card.</source>
        <translation>ИИН состоит ровно из 12 цифр. Проверьте номер в удостоверении личности.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This IIN is not valid. Check the 12 digits on your ID card.</source>
        <translation>Этот ИИН недействителен. Проверьте 12 цифр в удостоверении личности.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This answer is not valid. Please check it.</source>
        <translation>Этот ответ не подходит. Пожалуйста, проверьте его.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ui/screens/home.py" line="+152"/>
        <source>How can we help you?</source>
        <extracomment>Narrowest a category tile gets before the grid drops a column (at normal text size). The tiles&apos; scroll area is never squeezed below this (the page around it scrolls).</extracomment>
        <translation>Чем мы можем вам помочь?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for a service</source>
        <translation>Поиск услуги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the status of my application</source>
        <translation>Проверить статус моего заявления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal to the akim</source>
        <translation>Обратиться к акиму</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Need help? Ask a member of staff, or call %1.</source>
        <translation>Нужна помощь? Обратитесь к сотруднику или позвоните по номеру %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Services: %1</source>
        <translation>Услуг: %1</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../ui/idle.py" line="+116"/>
        <source>Are you still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For your privacy, everything you entered will be erased when the countdown ends.</source>
        <translation>Для защиты ваших данных всё, что вы ввели, будет стёрто, когда закончится отсчёт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, I am still here</source>
        <translation>Да, я здесь</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <location filename="../../ui/screens/language.py" line="+34"/>
        <source>Welcome!</source>
        <translation>Добро пожаловать!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your language</source>
        <translation>Выберите язык</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/keyboard/widget.py" line="+218"/>
        <source>Shift</source>
        <extracomment>Enter was pressed on a single-line field. The keyboard was shown (True) or hidden (False).</extracomment>
        <translation>Заглавные буквы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backspace</source>
        <translation>Стереть последний знак</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New line</source>
        <translation>Новая строка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next keyboard language</source>
        <translation>Другой язык клавиатуры</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letters</source>
        <translation>Буквы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Digits and symbols</source>
        <translation>Цифры и символы</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/technician/pin_pad.py" line="+190"/>
        <source>Technician mode</source>
        <translation>Режим техника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the technician PIN</source>
        <translation>Введите PIN-код техника</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No technician PIN is set on this kiosk. Set one from the kiosk&apos;s console with the command: kiosk set-pin</source>
        <translation>На этом терминале не задан PIN-код техника. Задайте его в консоли терминала командой: kiosk set-pin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked: try again in %1</source>
        <translation>Заблокировано: повторите через %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Неверный PIN-код. Осталась %n попытка.</numerusform>
            <numerusform>Неверный PIN-код. Осталось %n попытки.</numerusform>
            <numerusform>Неверный PIN-код. Осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
</context>
<context>
    <name>ReceiptPrint</name>
    <message>
        <location filename="../../ui/printing.py" line="+30"/>
        <source>Application receipt</source>
        <translation>Квитанция о заявлении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your application number</source>
        <translation>Номер вашего заявления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted: %1</source>
        <translation>Подано: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this receipt. To check your application, enter this number or scan the code at the kiosk.</source>
        <translation>Сохраните эту квитанцию. Чтобы проверить заявление, введите этот номер или отсканируйте код на терминале.</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../ui/screens/receipt.py" line="+173"/>
        <source>Thank you! We have your application.</source>
        <translation>Спасибо! Ваше заявление принято.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your application number:</source>
        <translation>Номер вашего заявления:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent to the office</source>
        <translation>Отправлено в акимат</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved on this kiosk. Sending it needs a staff member&apos;s help: please call %1.</source>
        <translation>Сохранено на этом терминале. Для отправки нужна помощь сотрудника: позвоните по номеру %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved on this kiosk; it will be sent to the office automatically.</source>
        <translation>Сохранено на этом терминале. Будет отправлено в акимат автоматически.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens next</source>
        <translation>Что будет дальше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The office will review your application. Keep this number: with it you can check your application here at the kiosk or by calling %1.</source>
        <translation>Акимат рассмотрит ваше заявление. Сохраните этот номер: по нему можно проверить заявление здесь, на терминале, или по телефону %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How was your visit?</source>
        <translation>Как прошёл ваш визит?</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The same number as a QR code: you can take a photo of it.</source>
        <translation>Тот же номер в виде QR-кода: его можно сфотографировать.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print receipt</source>
        <translation>Распечатать квитанцию</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed. Please take your receipt.</source>
        <translation>Готово. Пожалуйста, возьмите квитанцию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer is not available. Please write the number down or take a photo of the code.</source>
        <translation>Принтер недоступен. Пожалуйста, запишите номер или сфотографируйте код.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you for your rating!</source>
        <translation>Спасибо за оценку!</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n звезда</numerusform>
            <numerusform>%n звезды</numerusform>
            <numerusform>%n звёзд</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
</context>
<context>
    <name>RejectedPanel</name>
    <message>
        <location filename="../../ui/technician/rejected.py" line="+80"/>
        <source>(no reason given)</source>
        <translation>(причина не указана)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No rejected submissions.</source>
        <translation>Отклонённых заявлений нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry selected</source>
        <translation>Отправить выбранное повторно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export selected</source>
        <translation>Экспортировать выбранное</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/review.py" line="+113"/>
        <source>Check your answers</source>
        <translation>Проверьте ваши ответы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please read everything once more. To change something, tap “Edit” next to that part.</source>
        <translation>Пожалуйста, прочитайте всё ещё раз. Чтобы что-то изменить, нажмите «Изменить» рядом с этой частью.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I confirm that my answers are true, and I agree that the akimat processes my personal data to handle this application.</source>
        <translation>Подтверждаю, что мои ответы верны, и даю согласие акимату на обработку моих персональных данных для рассмотрения этого заявления.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the application</source>
        <translation>Отправить заявление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To send, first tick the box at the end.</source>
        <translation>Чтобы отправить, сначала поставьте галочку в конце страницы.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit: %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not filled in)</source>
        <translation>(не заполнено)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>This kiosk cannot take applications yet: it has not received the office&apos;s security key. Please ask staff.</source>
        <translation>Этот терминал пока не может принимать заявления: он ещё не получил ключ безопасности акимата. Пожалуйста, обратитесь к сотруднику.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kiosk cannot save applications right now. Your answers are still here; please ask staff or try again later.</source>
        <translation>Терминал сейчас не может сохранить заявление. Ваши ответы не потеряны: обратитесь к сотруднику или попробуйте позже.</translation>
    </message>
</context>
<context>
    <name>ServiceListModel</name>
    <message>
        <location filename="../../ui/models.py" line="+103"/>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Подать заявление</translation>
    </message>
</context>
<context>
    <name>ServicePageScreen</name>
    <message>
        <location filename="../../ui/screens/service_page.py" line="+147"/>
        <source>Who can apply</source>
        <extracomment>Longest line of text on a wide screen (easier to read than a line across 1920 px). The catalog&apos;s detail keys, in the order the page shows them.</extracomment>
        <translation>Кто может обратиться</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents you need</source>
        <translation>Нужные документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long it takes</source>
        <translation>Сколько времени займёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you get</source>
        <translation>Что вы получите</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This service is not offered here any more.</source>
        <translation>Эта услуга здесь больше не оказывается.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please go back and choose another service.</source>
        <translation>Пожалуйста, вернитесь назад и выберите другую услугу.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This is information only; no application is needed here.</source>
        <translation>Это только информация: подавать заявление здесь не нужно.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an appeal</source>
        <translation>Написать обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start application</source>
        <translation>Заполнить заявление</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applications cannot be taken at this kiosk yet. Please ask a member of staff.</source>
        <translation>Этот терминал пока не принимает заявления. Пожалуйста, обратитесь к сотруднику.</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <location filename="../../ui/screens/services.py" line="+136"/>
        <source>Type what you need, for example: certificate</source>
        <extracomment>Longest search text the field takes (a paste of a whole page is cut here). Below this height (the on-screen keyboard is up) the screen title makes room for the list.</extracomment>
        <translation>Напишите, что вам нужно, например: справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found. Try another word, or choose a category.</source>
        <translation>Ничего не найдено. Попробуйте другое слово или выберите раздел.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a category</source>
        <translation>Выбрать раздел</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found in all services, not only in “%1”: %2</source>
        <translation>Найдено среди всех услуг, не только в разделе «%1»: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found in all services: %1</source>
        <translation>Найдено среди всех услуг: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services in this category: %1</source>
        <translation>Услуг в этом разделе: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All services: %1</source>
        <translation>Всего услуг: %1</translation>
    </message>
</context>
<context>
    <name>StatusCheckScreen</name>
    <message>
        <location filename="../../ui/screens/status_check.py" line="+172"/>
        <source>Check your application</source>
        <translation>Проверить заявление</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the number from your receipt, or hold the receipt&apos;s QR code under the scanner.</source>
        <translation>Введите номер с квитанции или поднесите QR-код с квитанции к сканеру.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application number</source>
        <translation>Номер заявления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: %1</source>
        <translation>Например: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This number is not complete or has a mistake. An application number has 12 letters and digits, like 7K3M-Q9TX-2BHD.</source>
        <translation>Номер неполный или в нём ошибка. Номер заявления состоит из 12 букв и цифр, например: 7K3M-Q9TX-2BHD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>Проверяем…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your application is saved on this kiosk and will be sent automatically.</source>
        <translation>Ваше заявление сохранено на этом терминале и будет отправлено автоматически.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk sends it as soon as its connection is back. You do not need to do anything.</source>
        <translation>Терминал отправит его, как только появится связь. Вам ничего не нужно делать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application is saved on this kiosk, but it could not be sent.</source>
        <translation>Ваше заявление сохранено на этом терминале, но его не удалось отправить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please call %1 for help.</source>
        <translation>Позвоните по номеру %1, вам помогут.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We could not find an application with this number. Check the number on your receipt.</source>
        <translation>Заявление с таким номером не найдено. Проверьте номер на квитанции.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kiosk is offline right now, so we cannot check. Please try again later or call %1.</source>
        <translation>Сейчас у терминала нет связи, поэтому проверить нельзя. Попробуйте позже или позвоните по номеру %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We could not check your application right now. Please try again later or call %1.</source>
        <translation>Сейчас не удалось проверить заявление. Попробуйте позже или позвоните по номеру %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your application has been received by the office.</source>
        <translation>Акимат получил ваше заявление.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your application is being processed.</source>
        <translation>Ваше заявление рассматривается.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your application is complete.</source>
        <translation>Работа по вашему заявлению завершена.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your application was declined.</source>
        <translation>Ваше заявление отклонено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The office has your application.</source>
        <translation>Ваше заявление в акимате.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last updated: %1</source>
        <translation>Последнее обновление: %1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/chrome.py" line="+108"/>
        <source>Help line: %1</source>
        <translation>Справочная: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>На связи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: applications are kept and sent later</source>
        <translation>Нет связи: отправим позже</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Waiting to be sent: %n</source>
        <translation>
            <numerusform>Ждёт отправки: %n заявка</numerusform>
            <numerusform>Ждут отправки: %n заявки</numerusform>
            <numerusform>Ждут отправки: %n заявок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TechnicianScreen</name>
    <message>
        <location filename="../../ui/technician/technician_screen.py" line="+139"/>
        <source>Technician mode</source>
        <translation>Режим техника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log (last %1 lines)</source>
        <translation>Журнал (последние %1 строк)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hub</source>
        <translation>Хаб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App version</source>
        <translation>Версия программы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Catalog version</source>
        <translation>Версия каталога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disk space</source>
        <translation>Место на диске</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload catalog</source>
        <translation>Обновить каталог</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>Test print</source>
        <translation>Пробная печать</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Run self-test</source>
        <translation>Запустить самопроверку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the app</source>
        <translation>Перезапустить программу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exit to the desktop</source>
        <translation>Выйти на рабочий стол</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap again to restart</source>
        <translation>Нажмите ещё раз для перезапуска</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap again to exit</source>
        <translation>Нажмите ещё раз для выхода</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not provisioned</source>
        <translation>не настроен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no hub (not provisioned)</source>
        <translation>нет хаба (не настроен)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known yet</source>
        <translation>пока неизвестно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>на связи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>offline</source>
        <translation>нет связи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>queued %1, sending %2, delivered %3, rejected %4</source>
        <translation>в очереди %1, отправляется %2, доставлено %3, отклонено %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 free of %2</source>
        <translation>свободно %1 из %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pending data warning: a damaged database was moved aside at start (%1). Keep the quarantine folder for the office.</source>
        <translation>Внимание, данные: при запуске повреждённая база данных была перемещена в сторону (%1). Сохраните папку карантина для акимата.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected submissions (%1)</source>
        <translation>Отклонённые заявления (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The log is empty.</source>
        <translation>Журнал пуст.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This kiosk is not provisioned: there is no hub to sync with.</source>
        <translation>Терминал не настроен: нет хаба для синхронизации.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync failed: %1</source>
        <translation>Синхронизация не удалась: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync finished: %1</source>
        <translation>Синхронизация завершена: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asking the hub for the catalog…</source>
        <translation>Запрашиваем каталог у хаба…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No printer is set up (the `printer` setting).</source>
        <translation>Принтер не настроен (параметр `printer`).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing a test page…</source>
        <translation>Печать пробной страницы…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test page was printed.</source>
        <translation>Пробная страница напечатана.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing failed: check the printer.</source>
        <translation>Печать не удалась: проверьте принтер.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running the self-test…</source>
        <translation>Идёт самопроверка…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self-test passed: every screen rendered in every language.</source>
        <translation>Самопроверка пройдена: все экраны отображаются на всех языках.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Self-test found %n problem(s):</source>
        <translation>
            <numerusform>Самопроверка выявила %n проблему:</numerusform>
            <numerusform>Самопроверка выявила %n проблемы:</numerusform>
            <numerusform>Самопроверка выявила %n проблем:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The submission is queued to be sent again.</source>
        <translation>Заявление поставлено в очередь на повторную отправку.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export failed: %1</source>
        <translation>Экспорт не удался: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported (still sealed) to %1</source>
        <translation>Экспортировано (в зашифрованном виде): %1</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../ui/chrome.py" line="-51"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Large text</source>
        <translation>Крупный текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
</context>
<context>
    <name>WizardScreen</name>
    <message>
        <location filename="../../ui/screens/wizard.py" line="+131"/>
        <source>Some answers need correcting. Please see the messages below.</source>
        <translation>Некоторые ответы нужно исправить. Посмотрите сообщения ниже.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+11"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous step</source>
        <translation>Предыдущий шаг</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check answers</source>
        <translation>Проверить ответы</translation>
    </message>
</context>
</TS>
