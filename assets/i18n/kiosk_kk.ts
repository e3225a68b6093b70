<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en_US">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../ui/screens/attract.py" line="+25"/>
        <source>Hello! At this kiosk you can:</source>
        <translation>Сәлеметсіз бе! Бұл терминалда:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply for public services</source>
        <translation>Мемлекеттік қызметке өтініш беру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your application</source>
        <translation>Өтінішіңізді тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to the akim</source>
        <translation>Әкімге өтініш жазу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touch to start</source>
        <translation>Бастау үшін түртіңіз</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../ui/fields/date.py" line="+203"/>
        <source>Chosen: %1</source>
        <translation>Таңдалды: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap ▲ or ▼ to choose the day, the month and the year.</source>
        <translation>Күнді, айды және жылды таңдау үшін ▲ немесе ▼ түймесін басыңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later day</source>
        <translation>Келесі күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier day</source>
        <translation>Алдыңғы күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later month</source>
        <translation>Келесі ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier month</source>
        <translation>Алдыңғы ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later year</source>
        <translation>Келесі жыл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier year</source>
        <translation>Алдыңғы жыл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the date</source>
        <translation>Күнді өшіру</translation>
    </message>
</context>
<context>
    <name>FieldDisplay</name>
    <message>
        <location filename="../../ui/fields/display.py" line="+23"/>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../ui/fields/base.py" line="+125"/>
        <source>%1 (required)</source>
        <extracomment>the raw value, after each edit by the visitor the visitor left the field (time to show its error, if any) the visitor changed this field at least once (errors show only after that)</extracomment>
        <translation>%1 (міндетті)</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../ui/texts.py" line="+63"/>
        <source>Please choose one of the answers.</source>
        <translation>Жауаптардың бірін таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose at least one answer.</source>
        <translation>Кемінде бір жауапты таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>Please choose the day, the month and the year.</source>
        <translation>Күнді, айды және жылды таңдаңыз.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Please tap this box to agree. Without it the application cannot be sent.</source>
        <translation>Келісу үшін осы шаршыны түртіп, белгі қойыңыз. Онсыз өтінішті жіберу мүмкін емес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please fill this in.</source>
        <translation>Осы жолды толтырыңыз.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This answer cannot be used. Please enter it again.</source>
        <translation>Бұл жауапты қабылдау мүмкін емес. Оны қайта енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is too short. Please write at least %1 characters.</source>
        <translation>Мәтін тым қысқа. Кемінде %1 таңба жазыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is too long. Please use at most %1 characters.</source>
        <translation>Мәтін тым ұзын. Ең көбі %1 таңба жазуға болады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not written the way it should be. See the hint under the question.</source>
        <translation>Бұл қажетті түрде жазылмаған. Сұрақтың астындағы кеңесті қараңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This text has characters that cannot be used. Please remove them.</source>
        <translation>Мәтінде қолдануға болмайтын таңбалар бар. Оларды өшіріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please write a number, using digits.</source>
        <translation>Санды цифрлармен жазыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please write a whole number, without a decimal part.</source>
        <translation>Бөлшек бөлігі жоқ бүтін санды жазыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number cannot be less than %1.</source>
        <translation>Сан тым кіші. Ең азы: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number cannot be more than %1.</source>
        <translation>Сан тым үлкен. Ең көбі: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date cannot be earlier than %1.</source>
        <translation>Тым ерте күн таңдалды. Ең ерте мүмкін күн: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date cannot be later than %1.</source>
        <translation>Тым кеш күн таңдалды. Ең кеш мүмкін күн: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose one of the answers shown.</source>
        <translation>Көрсетілген жауаптардың бірін таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose more answers: at least %1 in all.</source>
        <translation>Көбірек жауап таңдаңыз: барлығы кемінде %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many answers are chosen. Please choose at most %1.</source>
        <translation>Тым көп жауап таңдалды. Ең көбі %1 жауап таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phone number is not complete or not valid. Please enter the 10 digits that come after +7.</source>
        <translation>Телефон нөмірі толық емес немесе қате. +7-ден кейінгі 10 цифрды енгізіңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This e-mail address is not complete. It should look like name@mail.kz.</source>
        <translation>Электрондық пошта мекенжайы толық емес. Ол name@mail.kz сияқты болуы керек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An IIN has exactly 12 digits. Check the number on your ID card.</source>
        <translation>ЖСН дәл 12 цифрдан тұрады. Жеке куәлігіңіздегі нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This IIN is not valid. Check the 12 digits on your ID card.</source>
        <translation>Бұл ЖСН жарамсыз. Жеке куәлігіңіздегі 12 цифрды тексеріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This answer is not valid. Please check it.</source>
        <translation>Бұл жауап жарамсыз. Оны тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ui/screens/home.py" line="+152"/>
        <source>How can we help you?</source>
        <extracomment>Narrowest a category tile gets before the grid drops a column (at normal text size). The tiles&apos; scroll area is never squeezed below this (the page around it scrolls).</extracomment>
        <translation>Сізге қалай көмектесе аламыз?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for a service</source>
        <translation>Қызметті іздеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the status of my application</source>
        <translation>Өтінішімнің мәртебесін тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal to the akim</source>
        <translation>Әкімге өтініш жазу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Need help? Ask a member of staff, or call %1.</source>
        <translation>Көмек керек пе? Қызметкерге жүгініңіз немесе %1 нөміріне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Services: %1</source>
        <translation>Қызметтер: %1</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../ui/idle.py" line="+116"/>
        <source>Are you still there?</source>
        <translation>Сіз әлі осындасыз ба?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For your privacy, everything you entered will be erased when the countdown ends.</source>
        <translation>Деректеріңізді қорғау үшін кері санақ біткенде енгізгендеріңіздің бәрі өшіріледі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, I am still here</source>
        <translation>Иә, мен осындамын</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <location filename="../../ui/screens/language.py" line="+34"/>
        <source>Welcome!</source>
        <translation>Қош келдіңіз!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your language</source>
        <translation>Тілді таңдаңыз</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/keyboard/widget.py" line="+218"/>
        <source>Shift</source>
        <extracomment>Enter was pressed on a single-line field. The keyboard was shown (True) or hidden (False).</extracomment>
        <translation>Бас әріп</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backspace</source>
        <translation>Соңғы таңбаны өшіру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space</source>
        <translation>Бос орын</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New line</source>
        <translation>Жаңа жол</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next keyboard language</source>
        <translation>Пернетақтаның келесі тілі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letters</source>
        <translation>Әріптер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Digits and symbols</source>
        <translation>Цифрлар мен таңбалар</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/technician/pin_pad.py" line="+190"/>
        <source>Technician mode</source>
        <translation>Техник режимі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the technician PIN</source>
        <translation>Техниктің PIN-кодын енгізіңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No technician PIN is set on this kiosk. Set one from the kiosk&apos;s console with the command: kiosk set-pin</source>
        <translation>Бұл терминалда техниктің PIN-коды орнатылмаған. Оны терминал консолінде мына командамен орнатыңыз: kiosk set-pin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked: try again in %1</source>
        <translation>Құлыпталды. Қайталауға дейін: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>PIN-код қате. %n әрекет қалды.</numerusform>
            <numerusform>PIN-код қате. %n әрекет қалды.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
</context>
<context>
    <name>ReceiptPrint</name>
    <message>
        <location filename="../../ui/printing.py" line="+30"/>
        <source>Application receipt</source>
        <translation>Өтініш түбіртегі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your application number</source>
        <translation>Өтінішіңіздің нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted: %1</source>
        <translation>Берілген уақыты: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this receipt. To check your application, enter this number or scan the code at the kiosk.</source>
        <translation>Түбіртекті сақтаңыз. Өтінішті тексеру үшін терминалда осы нөмірді енгізіңіз немесе кодты сканерлеңіз.</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../ui/screens/receipt.py" line="+173"/>
        <source>Thank you! We have your application.</source>
        <translation>Рақмет! Өтінішіңіз қабылданды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your application number:</source>
        <translation>Өтінішіңіздің нөмірі:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent to the office</source>
        <translation>Әкімдікке жіберілді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved on this kiosk. Sending it needs a staff member&apos;s help: please call %1.</source>
        <translation>Осы терминалда сақталды. Жіберу үшін қызметкердің көмегі керек: %1 нөміріне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved on this kiosk; it will be sent to the office automatically.</source>
        <translation>Осы терминалда сақталды. Әкімдікке өздігінен жіберіледі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens next</source>
        <translation>Әрі қарай не болады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The office will review your application. Keep this number: with it you can check your application here at the kiosk or by calling %1.</source>
        <translation>Әкімдік өтінішіңізді қарайды. Осы нөмірді сақтаңыз: ол арқылы өтінішіңізді осы терминалда немесе %1 нөміріне қоңырау шалып тексере аласыз.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How was your visit?</source>
        <translation>Қызмет Сізге ұнады ма?</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The same number as a QR code: you can take a photo of it.</source>
        <translation>Осы нөмір QR-код түрінде: оны суретке түсіріп алуға болады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print receipt</source>
        <translation>Түбіртекті басып шығару</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed. Please take your receipt.</source>
        <translation>Басып шығарылды. Түбіртегіңізді алыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer is not available. Please write the number down or take a photo of the code.</source>
        <translation>Принтер қолжетімсіз. Нөмірді жазып алыңыз немесе кодты суретке түсіріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you for your rating!</source>
        <translation>Бағаңызға рақмет!</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n жұлдыз</numerusform>
            <numerusform>%n жұлдыз</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
</context>
<context>
    <name>RejectedPanel</name>
    <message>
        <location filename="../../ui/technician/rejected.py" line="+80"/>
        <source>(no reason given)</source>
        <translation>(себебі көрсетілмеген)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No rejected submissions.</source>
        <translation>Қабылданбаған өтініштер жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry selected</source>
        <translation>Таңдалғанды қайта жіберу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export selected</source>
        <translation>Таңдалғанды экспорттау</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/review.py" line="+113"/>
        <source>Check your answers</source>
        <translation>Жауаптарыңызды тексеріңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please read everything once more. To change something, tap “Edit” next to that part.</source>
        <translation>Барлығын тағы бір рет оқып шығыңыз. Бір нәрсені өзгерту үшін сол бөлімнің жанындағы «Өзгерту» түймесін басыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I confirm that my answers are true, and I agree that the akimat processes my personal data to handle this application.</source>
        <translation>Жауаптарымның шын екенін растаймын және осы өтінішті қарау үшін әкімдіктің дербес деректерімді өңдеуіне келісемін.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the application</source>
        <translation>Өтінішті жіберу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To send, first tick the box at the end.</source>
        <translation>Жіберу үшін алдымен беттің соңындағы шаршыға белгі қойыңыз.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Edit</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit: %1</source>
        <translation>Өзгерту: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not filled in)</source>
        <translation>(толтырылмаған)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>This kiosk cannot take applications yet: it has not received the office&apos;s security key. Please ask staff.</source>
        <translation>Бұл терминал әзірге өтініш қабылдай алмайды: әкімдіктің қауіпсіздік кілті әлі алынбаған. Қызметкерге жүгініңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kiosk cannot save applications right now. Your answers are still here; please ask staff or try again later.</source>
        <translation>Терминал қазір өтінішті сақтай алмайды. Жауаптарыңыз өшірілген жоқ: қызметкерге жүгініңіз немесе кейінірек қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>ServiceListModel</name>
    <message>
        <location filename="../../ui/models.py" line="+103"/>
        <source>Information</source>
        <translation>Ақпарат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal</source>
        <translation>Әкімге өтініш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Өтініш беру</translation>
    </message>
</context>
<context>
    <name>ServicePageScreen</name>
    <message>
        <location filename="../../ui/screens/service_page.py" line="+147"/>
        <source>Who can apply</source>
        <extracomment>Longest line of text on a wide screen (easier to read than a line across 1920 px). The catalog&apos;s detail keys, in the order the page shows them.</extracomment>
        <translation>Кім өтініш бере алады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents you need</source>
        <translation>Қажетті құжаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Құны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long it takes</source>
        <translation>Қанша уақыт кетеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you get</source>
        <translation>Сіз не аласыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This service is not offered here any more.</source>
        <translation>Бұл қызмет енді мұнда көрсетілмейді.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please go back and choose another service.</source>
        <translation>Артқа оралып, басқа қызметті таңдаңыз.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This is information only; no application is needed here.</source>
        <translation>Бұл тек ақпарат: мұнда өтініш берудің қажеті жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an appeal</source>
        <translation>Өтініш жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start application</source>
        <translation>Өтінішті толтыру</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applications cannot be taken at this kiosk yet. Please ask a member of staff.</source>
        <translation>Бұл терминал әзірге өтініш қабылдамайды. Қызметкерге жүгініңіз.</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <location filename="../../ui/screens/services.py" line="+136"/>
        <source>Type what you need, for example: certificate</source>
        <extracomment>Longest search text the field takes (a paste of a whole page is cut here). Below this height (the on-screen keyboard is up) the screen title makes room for the list.</extracomment>
        <translation>Не керек екенін жазыңыз, мысалы: анықтама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found. Try another word, or choose a category.</source>
        <translation>Ештеңе табылмады. Басқа сөзді жазып көріңіз немесе санатты таңдаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a category</source>
        <translation>Санатты таңдау</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found in all services, not only in “%1”: %2</source>
        <translation>Тек «%1» ішінде емес, барлық қызметтер арасынан табылды: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found in all services: %1</source>
        <translation>Барлық қызметтер арасынан табылды: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services in this category: %1</source>
        <translation>Осы санаттағы қызметтер: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All services: %1</source>
        <translation>Барлық қызметтер: %1</translation>
    </message>
</context>
<context>
    <name>StatusCheckScreen</name>
    <message>
        <location filename="../../ui/screens/status_check.py" line="+172"/>
        <source>Check your application</source>
        <translation>Өтінішіңізді тексеру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the number from your receipt, or hold the receipt&apos;s QR code under the scanner.</source>
        <translation>Түбіртектегі нөмірді теріңіз немесе түбіртектегі QR-кодты сканерге жақындатыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application number</source>
        <translation>Өтініш нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: %1</source>
        <translation>Мысалы: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This number is not complete or has a mistake. An application number has 12 letters and digits, like 7K3M-Q9TX-2BHD.</source>
        <translation>Нөмір толық емес немесе қате терілген. Өтініш нөмірі 12 әріп пен цифрдан тұрады, мысалы: 7K3M-Q9TX-2BHD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your application is saved on this kiosk and will be sent automatically.</source>
        <translation>Өтінішіңіз осы терминалда сақталған және өздігінен жіберіледі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk sends it as soon as its connection is back. You do not need to do anything.</source>
        <translation>Байланыс қалпына келген бойда терминал оны жібереді. Сізге ештеңе істеудің қажеті жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application is saved on this kiosk, but it could not be sent.</source>
        <translation>Өтінішіңіз осы терминалда сақталған, бірақ оны жіберу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please call %1 for help.</source>
        <translation>Көмек алу үшін %1 нөміріне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We could not find an application with this number. Check the number on your receipt.</source>
        <translation>Бұл нөмірмен өтініш табылмады. Түбіртектегі нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kiosk is offline right now, so we cannot check. Please try again later or call %1.</source>
        <translation>Терминалда қазір байланыс жоқ, сондықтан тексеру мүмкін емес. Кейінірек қайталап көріңіз немесе %1 нөміріне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We could not check your application right now. Please try again later or call %1.</source>
        <translation>Қазір өтінішіңізді тексеру мүмкін болмады. Кейінірек қайталап көріңіз немесе %1 нөміріне қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your application has been received by the office.</source>
        <translation>Өтінішіңізді әкімдік қабылдады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your application is being processed.</source>
        <translation>Өтінішіңіз қаралуда.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your application is complete.</source>
        <translation>Өтінішіңіз бойынша жұмыс аяқталды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your application was declined.</source>
        <translation>Өтінішіңіз бойынша бас тартылды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The office has your application.</source>
        <translation>Өтінішіңіз әкімдікте.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last updated: %1</source>
        <translation>Соңғы жаңарту: %1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/chrome.py" line="+108"/>
        <source>Help line: %1</source>
        <translation>Анықтама: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Байланыс бар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: applications are kept and sent later</source>
        <translation>Байланыс жоқ: кейін жіберіледі</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Waiting to be sent: %n</source>
        <translation>
            <numerusform>Жіберуді күтуде: %n өтініш</numerusform>
            <numerusform>Жіберуді күтуде: %n өтініш</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TechnicianScreen</name>
    <message>
        <location filename="../../ui/technician/technician_screen.py" line="+139"/>
        <source>Technician mode</source>
        <translation>Техник режимі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Әрекеттер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log (last %1 lines)</source>
        <translation>Журнал (соңғы %1 жол)</translation>
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
        <translation>Бағдарлама нұсқасы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Catalog version</source>
        <translation>Каталог нұсқасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last sync</source>
        <translation>Соңғы синхрондау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Кезек</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disk space</source>
        <translation>Дискідегі орын</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync now</source>
        <translation>Қазір синхрондау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload catalog</source>
        <translation>Каталогты қайта жүктеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>Test print</source>
        <translation>Сынақ басып шығару</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Run self-test</source>
        <translation>Өзін-өзі тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the app</source>
        <translation>Бағдарламаны қайта іске қосу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exit to the desktop</source>
        <translation>Жұмыс үстеліне шығу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap again to restart</source>
        <translation>Қайта іске қосу үшін тағы басыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap again to exit</source>
        <translation>Шығу үшін тағы басыңыз</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not provisioned</source>
        <translation>бапталмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>орнатылмаған</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no hub (not provisioned)</source>
        <translation>хаб жоқ (бапталмаған)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known yet</source>
        <translation>әлі белгісіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>байланыс бар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>offline</source>
        <translation>байланыс жоқ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>queued %1, sending %2, delivered %3, rejected %4</source>
        <translation>кезекте %1, жіберілуде %2, жеткізілді %3, қабылданбады %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 free of %2</source>
        <translation>%2 ішінен %1 бос</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pending data warning: a damaged database was moved aside at start (%1). Keep the quarantine folder for the office.</source>
        <translation>Деректер туралы ескерту: іске қосу кезінде зақымдалған дерекқор бөлек жерге көшірілді (%1). Карантин қалтасын әкімдік үшін сақтаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected submissions (%1)</source>
        <translation>Қабылданбаған өтініштер (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The log is empty.</source>
        <translation>Журнал бос.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This kiosk is not provisioned: there is no hub to sync with.</source>
        <translation>Терминал бапталмаған: синхрондайтын хаб жоқ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync failed: %1</source>
        <translation>Синхрондау сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync finished: %1</source>
        <translation>Синхрондау аяқталды: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncing…</source>
        <translation>Синхрондалуда…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asking the hub for the catalog…</source>
        <translation>Хабтан каталог сұралуда…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No printer is set up (the `printer` setting).</source>
        <translation>Принтер бапталмаған (`printer` параметрі).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing a test page…</source>
        <translation>Сынақ беті басып шығарылуда…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test page was printed.</source>
        <translation>Сынақ беті басып шығарылды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing failed: check the printer.</source>
        <translation>Басып шығару сәтсіз аяқталды: принтерді тексеріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running the self-test…</source>
        <translation>Өзін-өзі тексеру жүріп жатыр…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self-test passed: every screen rendered in every language.</source>
        <translation>Өзін-өзі тексеру сәтті өтті: барлық экран барлық тілде көрсетілді.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Self-test found %n problem(s):</source>
        <translation>
            <numerusform>Өзін-өзі тексеру %n ақау тапты:</numerusform>
            <numerusform>Өзін-өзі тексеру %n ақау тапты:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The submission is queued to be sent again.</source>
        <translation>Өтініш қайта жіберу кезегіне қойылды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export failed: %1</source>
        <translation>Экспорттау сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported (still sealed) to %1</source>
        <translation>Экспортталды (шифрланған күйінде): %1</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../ui/chrome.py" line="-51"/>
        <source>Home</source>
        <translation>Басты бет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Large text</source>
        <translation>Үлкен мәтін</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast</source>
        <translation>Жоғары контраст</translation>
    </message>
</context>
<context>
    <name>WizardScreen</name>
    <message>
        <location filename="../../ui/screens/wizard.py" line="+131"/>
        <source>Some answers need correcting. Please see the messages below.</source>
        <translation>Кейбір жауаптарды түзету керек. Төмендегі хабарламаларды қараңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+11"/>
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Step %1 of %2</source>
        <translation>%1-қадам, барлығы %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous step</source>
        <translation>Алдыңғы қадам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check answers</source>
        <translation>Жауаптарды тексеру</translation>
    </message>
</context>
</TS>
