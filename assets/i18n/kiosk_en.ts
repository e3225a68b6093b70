<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../ui/screens/attract.py" line="+25"/>
        <source>Hello! At this kiosk you can:</source>
        <translation>Hello! At this kiosk you can:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply for public services</source>
        <translation>Apply for public services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your application</source>
        <translation>Check your application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to the akim</source>
        <translation>Write to the akim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touch to start</source>
        <translation>Touch to start</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../ui/fields/date.py" line="+203"/>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap ▲ or ▼ to choose the day, the month and the year.</source>
        <translation>Tap ▲ or ▼ to choose the day, the month and the year.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later day</source>
        <translation>Later day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier day</source>
        <translation>Earlier day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later month</source>
        <translation>Later month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier month</source>
        <translation>Earlier month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later year</source>
        <translation>Later year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier year</source>
        <translation>Earlier year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the date</source>
        <translation>Clear the date</translation>
    </message>
</context>
<context>
    <name>FieldDisplay</name>
    <message>
        <location filename="../../ui/fields/display.py" line="+23"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../ui/fields/base.py" line="+125"/>
        <source>%1 (required)</source>
        <extracomment>the raw value, after each edit by the visitor the visitor left the field (time to show its error, if any) the visitor changed this field at least once (errors show only after that)</extracomment>
        <translation>%1 (required)</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../ui/texts.py" line="+63"/>
        <source>Please choose one of the answers.</source>
        <translation>Please choose one of the answers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose at least one answer.</source>
        <translation>Please choose at least one answer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>Please choose the day, the month and the year.</source>
        <translation>Please choose the day, the month and the year.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Please tap this box to agree. Without it the application cannot be sent.</source>
        <translation>Please tap this box to agree. Without it the application cannot be sent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please fill this in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This answer cannot be used. Please enter it again.</source>
        <translation>This answer cannot be used. Please enter it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is too short. Please write at least %1 characters.</source>
        <translation>This is too short. Please write at least %1 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is too long. Please use at most %1 characters.</source>
        <translation>This is too long. Please use at most %1 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not written the way it should be. See the hint under the question.</source>
        <translation>This is not written the way it should be. See the hint under the question.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This text has characters that cannot be used. Please remove them.</source>
        <translation>This text has characters that cannot be used. Please remove them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please write a number, using digits.</source>
        <translation>Please write a number, using digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please write a whole number, without a decimal part.</source>
        <translation>Please write a whole number, without a decimal part.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number cannot be less than %1.</source>
        <translation>The number cannot be less than %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number cannot be more than %1.</source>
        <translation>The number cannot be more than %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date cannot be earlier than %1.</source>
        <translation>The date cannot be earlier than %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date cannot be later than %1.</source>
        <translation>The date cannot be later than %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose one of the answers shown.</source>
        <translation>Please choose one of the answers shown.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose more answers: at least %1 in all.</source>
        <translation>Please choose more answers: at least %1 in all.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many answers are chosen. Please choose at most %1.</source>
        <translation>Too many answers are chosen. Please choose at most %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phone number is not complete or not valid. Please enter the 10 digits that come after +7.</source>
        <translation>This phone number is not complete or not valid. Please enter the 10 digits that come after +7.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This e-mail address is not complete. It should look like name@mail.kz.</source>
        <translation>This e-mail address is not complete. It should look like name@mail.kz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An IIN has exactly 12 digits. Check the number on your ID card.</source>
        <translation>An IIN has exactly 12 digits. Check the number on your ID card.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This IIN is not valid. Check the 12 digits on your ID card.</source>
        <translation>This IIN is not valid. Check the 12 digits on your ID card.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This answer is not valid. Please check it.</source>
        <translation>This answer is not valid. Please check it.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ui/screens/home.py" line="+152"/>
        <source>How can we help you?</source>
        <extracomment>Narrowest a category tile gets before the grid drops a column (at normal text size). The tiles&apos; scroll area is never squeezed below this (the page around it scrolls).</extracomment>
        <translation>How can we help you?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for a service</source>
        <translation>Search for a service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the status of my application</source>
        <translation>Check the status of my application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal to the akim</source>
        <translation>Appeal to the akim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Need help? Ask a member of staff, or call %1.</source>
        <translation>Need help? Ask a member of staff, or call %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Services: %1</source>
        <translation>Services: %1</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../ui/idle.py" line="+116"/>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For your privacy, everything you entered will be erased when the countdown ends.</source>
        <translation>For your privacy, everything you entered will be erased when the countdown ends.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, I am still here</source>
        <translation>Yes, I am still here</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <location filename="../../ui/screens/language.py" line="+34"/>
        <source>Welcome!</source>
        <translation>Welcome!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/keyboard/widget.py" line="+218"/>
        <source>Shift</source>
        <extracomment>Enter was pressed on a single-line field. The keyboard was shown (True) or hidden (False).</extracomment>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New line</source>
        <translation>New line</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next keyboard language</source>
        <translation>Next keyboard language</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Digits and symbols</source>
        <translation>Digits and symbols</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/technician/pin_pad.py" line="+190"/>
        <source>Technician mode</source>
        <translation>Technician mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the technician PIN</source>
        <translation>Enter the technician PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No technician PIN is set on this kiosk. Set one from the kiosk&apos;s console with the command: kiosk set-pin</source>
        <translation>No technician PIN is set on this kiosk. Set one from the kiosk&apos;s console with the command: kiosk set-pin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked: try again in %1</source>
        <translation>Locked: try again in %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left.</numerusform>
            <numerusform>Wrong PIN. %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>ReceiptPrint</name>
    <message>
        <location filename="../../ui/printing.py" line="+30"/>
        <source>Application receipt</source>
        <translation>Application receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your application number</source>
        <translation>Your application number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted: %1</source>
        <translation>Submitted: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this receipt. To check your application, enter this number or scan the code at the kiosk.</source>
        <translation>Keep this receipt. To check your application, enter this number or scan the code at the kiosk.</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <location filename="../../ui/screens/receipt.py" line="+173"/>
        <source>Thank you! We have your application.</source>
        <translation>Thank you! We have your application.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your application number:</source>
        <translation>Your application number:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent to the office</source>
        <translation>Sent to the office</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved on this kiosk. Sending it needs a staff member&apos;s help: please call %1.</source>
        <translation>Saved on this kiosk. Sending it needs a staff member&apos;s help: please call %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved on this kiosk; it will be sent to the office automatically.</source>
        <translation>Saved on this kiosk; it will be sent to the office automatically.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens next</source>
        <translation>What happens next</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The office will review your application. Keep this number: with it you can check your application here at the kiosk or by calling %1.</source>
        <translation>The office will review your application. Keep this number: with it you can check your application here at the kiosk or by calling %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How was your visit?</source>
        <translation>How was your visit?</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The same number as a QR code: you can take a photo of it.</source>
        <translation>The same number as a QR code: you can take a photo of it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed. Please take your receipt.</source>
        <translation>Printed. Please take your receipt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer is not available. Please write the number down or take a photo of the code.</source>
        <translation>The printer is not available. Please write the number down or take a photo of the code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you for your rating!</source>
        <translation>Thank you for your rating!</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
</context>
<context>
    <name>RejectedPanel</name>
    <message>
        <location filename="../../ui/technician/rejected.py" line="+80"/>
        <source>(no reason given)</source>
        <translation>(no reason given)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No rejected submissions.</source>
        <translation>No rejected submissions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry selected</source>
        <translation>Retry selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export selected</source>
        <translation>Export selected</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../ui/screens/review.py" line="+113"/>
        <source>Check your answers</source>
        <translation>Check your answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please read everything once more. To change something, tap “Edit” next to that part.</source>
        <translation>Please read everything once more. To change something, tap “Edit” next to that part.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I confirm that my answers are true, and I agree that the akimat processes my personal data to handle this application.</source>
        <translation>I confirm that my answers are true, and I agree that the akimat processes my personal data to handle this application.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the application</source>
        <translation>Send the application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To send, first tick the box at the end.</source>
        <translation>To send, first tick the box at the end.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit: %1</source>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not filled in)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>This kiosk cannot take applications yet: it has not received the office&apos;s security key. Please ask staff.</source>
        <translation>This kiosk cannot take applications yet: it has not received the office&apos;s security key. Please ask staff.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kiosk cannot save applications right now. Your answers are still here; please ask staff or try again later.</source>
        <translation>The kiosk cannot save applications right now. Your answers are still here; please ask staff or try again later.</translation>
    </message>
</context>
<context>
    <name>ServiceListModel</name>
    <message>
        <location filename="../../ui/models.py" line="+103"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>ServicePageScreen</name>
    <message>
        <location filename="../../ui/screens/service_page.py" line="+147"/>
        <source>Who can apply</source>
        <extracomment>Longest line of text on a wide screen (easier to read than a line across 1920 px). The catalog&apos;s detail keys, in the order the page shows them.</extracomment>
        <translation>Who can apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents you need</source>
        <translation>Documents you need</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long it takes</source>
        <translation>How long it takes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you get</source>
        <translation>What you get</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This service is not offered here any more.</source>
        <translation>This service is not offered here any more.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please go back and choose another service.</source>
        <translation>Please go back and choose another service.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This is information only; no application is needed here.</source>
        <translation>This is information only; no application is needed here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an appeal</source>
        <translation>Write an appeal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start application</source>
        <translation>Start application</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applications cannot be taken at this kiosk yet. Please ask a member of staff.</source>
        <translation>Applications cannot be taken at this kiosk yet. Please ask a member of staff.</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <location filename="../../ui/screens/services.py" line="+136"/>
        <source>Type what you need, for example: certificate</source>
        <extracomment>Longest search text the field takes (a paste of a whole page is cut here). Below this height (the on-screen keyboard is up) the screen title makes room for the list.</extracomment>
        <translation>Type what you need, for example: certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found. Try another word, or choose a category.</source>
        <translation>Nothing found. Try another word, or choose a category.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a category</source>
        <translation>Choose a category</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found in all services, not only in “%1”: %2</source>
        <translation>Found in all services, not only in “%1”: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found in all services: %1</source>
        <translation>Found in all services: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services in this category: %1</source>
        <translation>Services in this category: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All services: %1</source>
        <translation>All services: %1</translation>
    </message>
</context>
<context>
    <name>StatusCheckScreen</name>
    <message>
        <location filename="../../ui/screens/status_check.py" line="+172"/>
        <source>Check your application</source>
        <translation>Check your application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the number from your receipt, or hold the receipt&apos;s QR code under the scanner.</source>
        <translation>Type the number from your receipt, or hold the receipt&apos;s QR code under the scanner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application number</source>
        <translation>Application number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: %1</source>
        <translation>For example: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This number is not complete or has a mistake. An application number has 12 letters and digits, like 7K3M-Q9TX-2BHD.</source>
        <translation>This number is not complete or has a mistake. An application number has 12 letters and digits, like 7K3M-Q9TX-2BHD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your application is saved on this kiosk and will be sent automatically.</source>
        <translation>Your application is saved on this kiosk and will be sent automatically.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk sends it as soon as its connection is back. You do not need to do anything.</source>
        <translation>The kiosk sends it as soon as its connection is back. You do not need to do anything.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your application is saved on this kiosk, but it could not be sent.</source>
        <translation>Your application is saved on this kiosk, but it could not be sent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please call %1 for help.</source>
        <translation>Please call %1 for help.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We could not find an application with this number. Check the number on your receipt.</source>
        <translation>We could not find an application with this number. Check the number on your receipt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kiosk is offline right now, so we cannot check. Please try again later or call %1.</source>
        <translation>The kiosk is offline right now, so we cannot check. Please try again later or call %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We could not check your application right now. Please try again later or call %1.</source>
        <translation>We could not check your application right now. Please try again later or call %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your application has been received by the office.</source>
        <translation>Your application has been received by the office.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your application is being processed.</source>
        <translation>Your application is being processed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your application is complete.</source>
        <translation>Your application is complete.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your application was declined.</source>
        <translation>Your application was declined.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The office has your application.</source>
        <translation>The office has your application.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last updated: %1</source>
        <translation>Last updated: %1</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../ui/chrome.py" line="+108"/>
        <source>Help line: %1</source>
        <translation>Help line: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: applications are kept and sent later</source>
        <translation>Offline: applications are kept and sent later</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Waiting to be sent: %n</source>
        <translation>
            <numerusform>Waiting to be sent: %n</numerusform>
            <numerusform>Waiting to be sent: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TechnicianScreen</name>
    <message>
        <location filename="../../ui/technician/technician_screen.py" line="+139"/>
        <source>Technician mode</source>
        <translation>Technician mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log (last %1 lines)</source>
        <translation>Log (last %1 lines)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App version</source>
        <translation>App version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Catalog version</source>
        <translation>Catalog version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disk space</source>
        <translation>Disk space</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload catalog</source>
        <translation>Reload catalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Run self-test</source>
        <translation>Run self-test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the app</source>
        <translation>Restart the app</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exit to the desktop</source>
        <translation>Exit to the desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap again to restart</source>
        <translation>Tap again to restart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap again to exit</source>
        <translation>Tap again to exit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not provisioned</source>
        <translation>not provisioned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no hub (not provisioned)</source>
        <translation>no hub (not provisioned)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known yet</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>queued %1, sending %2, delivered %3, rejected %4</source>
        <translation>queued %1, sending %2, delivered %3, rejected %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 free of %2</source>
        <translation>%1 free of %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pending data warning: a damaged database was moved aside at start (%1). Keep the quarantine folder for the office.</source>
        <translation>Pending data warning: a damaged database was moved aside at start (%1). Keep the quarantine folder for the office.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected submissions (%1)</source>
        <translation>Rejected submissions (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The log is empty.</source>
        <translation>The log is empty.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This kiosk is not provisioned: there is no hub to sync with.</source>
        <translation>This kiosk is not provisioned: there is no hub to sync with.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync finished: %1</source>
        <translation>Sync finished: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asking the hub for the catalog…</source>
        <translation>Asking the hub for the catalog…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No printer is set up (the `printer` setting).</source>
        <translation>No printer is set up (the `printer` setting).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing a test page…</source>
        <translation>Printing a test page…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test page was printed.</source>
        <translation>The test page was printed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing failed: check the printer.</source>
        <translation>Printing failed: check the printer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running the self-test…</source>
        <translation>Running the self-test…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self-test passed: every screen rendered in every language.</source>
        <translation>Self-test passed: every screen rendered in every language.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Self-test found %n problem(s):</source>
        <translation>
            <numerusform>Self-test found %n problem:</numerusform>
            <numerusform>Self-test found %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The submission is queued to be sent again.</source>
        <translation>The submission is queued to be sent again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported (still sealed) to %1</source>
        <translation>Exported (still sealed) to %1</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../ui/chrome.py" line="-51"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
</context>
<context>
    <name>WizardScreen</name>
    <message>
        <location filename="../../ui/screens/wizard.py" line="+131"/>
        <source>Some answers need correcting. Please see the messages below.</source>
        <translation>Some answers need correcting. Please see the messages below.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+11"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous step</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check answers</source>
        <translation>Check answers</translation>
    </message>
</context>
</TS>
