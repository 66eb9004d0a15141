<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdditionsBox</name>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="144"/>
        <source>%n day(s) at {rate}</source>
        <translation>
            <numerusform>%n day at {rate}</numerusform>
            <numerusform>%n days at {rate}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="169"/>
        <source>At least € 40 per overdue invoice (%n invoice(s)).</source>
        <translation>
            <numerusform>At least € 40 per overdue invoice (%n invoice).</numerusform>
            <numerusform>At least € 40 per overdue invoice (%n invoices).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BehaviourBox</name>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="103"/>
        <source>%n day(s) overdue: no oversight any more. Send a written demand and agree on a firm date.</source>
        <translation>
            <numerusform>%n day overdue: no oversight any more. Send a written demand and agree on a firm date.</numerusform>
            <numerusform>%n days overdue: no oversight any more. Send a written demand and agree on a firm date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="109"/>
        <source>%n day(s) overdue: call, ask why, and agree on a date.</source>
        <translation>
            <numerusform>%n day overdue: call, ask why, and agree on a date.</numerusform>
            <numerusform>%n days overdue: call, ask why, and agree on a date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="129"/>
        <source>Paid: %n invoice(s)</source>
        <translation>
            <numerusform>Paid: %n invoice</numerusform>
            <numerusform>Paid: %n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="131"/>
        <source>%n of them late</source>
        <translation>
            <numerusform>%n of them late</numerusform>
            <numerusform>%n of them late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="138"/>
        <source>Overdue now: %n invoice(s)</source>
        <translation>
            <numerusform>Overdue now: %n invoice</numerusform>
            <numerusform>Overdue now: %n invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/book_dialog.py" line="184"/>
        <source>The connection works. The server holds a book with %n clients; this PC will work in that book.</source>
        <translation>
            <numerusform>The connection works. The server holds a book with %n client; this PC will work in that book.</numerusform>
            <numerusform>The connection works. The server holds a book with %n clients; this PC will work in that book.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="161"/>
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsBox</name>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="57"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dossier_actions.py" line="66"/>
        <source>%n letter file(s) could not be found and are not in it.</source>
        <translation>
            <numerusform>%n letter file could not be found and is not in it.</numerusform>
            <numerusform>%n letter files could not be found and are not in it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="95"/>
        <source>%Ln payment(s) booked.</source>
        <translation>
            <numerusform>%Ln payment booked.</numerusform>
            <numerusform>%Ln payments booked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="96"/>
        <source>%Ln payment(s) to review.</source>
        <translation>
            <numerusform>%Ln payment to review.</numerusform>
            <numerusform>%Ln payments to review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="99"/>
        <source>%Ln reversal(s) by the bank processed.</source>
        <translation>
            <numerusform>%Ln reversal by the bank processed.</numerusform>
            <numerusform>%Ln reversals by the bank processed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="102"/>
        <source>%Ln line(s) were already read before.</source>
        <translation>
            <numerusform>%Ln line was already read before.</numerusform>
            <numerusform>%Ln lines were already read before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="138"/>
        <source>%Ln invoice(s) imported.</source>
        <translation>
            <numerusform>%Ln invoice imported.</numerusform>
            <numerusform>%Ln invoices imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="139"/>
        <source>%Ln new client(s).</source>
        <translation>
            <numerusform>%Ln new client.</numerusform>
            <numerusform>%Ln new clients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="194"/>
        <source>Its %Ln bank line(s) are taken out of the book.</source>
        <translation>
            <numerusform>Its %Ln bank line is taken out of the book.</numerusform>
            <numerusform>Its %Ln bank lines are taken out of the book.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="197"/>
        <source>The %Ln payment(s) booked from them are deleted, and the invoices they paid are open again.</source>
        <translation>
            <numerusform>The %Ln payment booked from them is deleted, and the invoices it paid are open again.</numerusform>
            <numerusform>The %Ln payments booked from them are deleted, and the invoices they paid are open again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="204"/>
        <source>Its %Ln invoice(s) are taken out of the book, with the credit notes and earlier payments that came with them, and the clients it added that nothing else refers to.</source>
        <translation>
            <numerusform>Its %Ln invoice is taken out of the book, with the credit notes and earlier payments that came with it, and the clients it added that nothing else refers to.</numerusform>
            <numerusform>Its %Ln invoices are taken out of the book, with the credit notes and earlier payments that came with them, and the clients it added that nothing else refers to.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceImportDialog</name>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="274"/>
        <source>%Ln new invoice(s)</source>
        <translation>
            <numerusform>%Ln new invoice</numerusform>
            <numerusform>%Ln new invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="275"/>
        <source>%Ln already in the book</source>
        <translation>
            <numerusform>%Ln already in the book</numerusform>
            <numerusform>%Ln already in the book</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="276"/>
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln changed</numerusform>
            <numerusform>%Ln changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="277"/>
        <source>%Ln credit note(s)</source>
        <translation>
            <numerusform>%Ln credit note</numerusform>
            <numerusform>%Ln credit notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="278"/>
        <source>%Ln new client(s)</source>
        <translation>
            <numerusform>%Ln new client</numerusform>
            <numerusform>%Ln new clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="282"/>
        <source>Take over the changed amounts and dates (%Ln invoice(s))</source>
        <translation>
            <numerusform>Take over the changed amounts and dates (%Ln invoice)</numerusform>
            <numerusform>Take over the changed amounts and dates (%Ln invoices)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterCommands</name>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="141"/>
        <source>Sending of %n invoice(s) checked: their reminders are offered.</source>
        <translation>
            <numerusform>Sending of %n invoice checked: its reminder is offered.</numerusform>
            <numerusform>Sending of %n invoices checked: their reminders are offered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="155"/>
        <source>%n reminder(s) made.</source>
        <translation>
            <numerusform>%n reminder made.</numerusform>
            <numerusform>%n reminders made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="169"/>
        <source>%n reminder(s) made</source>
        <translation>
            <numerusform>%n reminder made</numerusform>
            <numerusform>%n reminders made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="203"/>
        <source>%n letter(s) marked as sent.</source>
        <translation>
            <numerusform>%n letter marked as sent.</numerusform>
            <numerusform>%n letters marked as sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterEmailer</name>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/letters/email_actions.py" line="170"/>
        <source>%n letter(s) marked as sent by e-mail.</source>
        <translation>
            <numerusform>%n letter marked as sent by e-mail.</numerusform>
            <numerusform>%n letters marked as sent by e-mail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/main_window.py" line="381"/>
        <source>%Ln open invoice(s)</source>
        <translation>
            <numerusform>%Ln open invoice</numerusform>
            <numerusform>%Ln open invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/main_window.py" line="389"/>
        <source>Open on {day}: {amount} in %Ln invoice(s)</source>
        <translation>
            <numerusform>Open on {day}: {amount} in %Ln invoice</numerusform>
            <numerusform>Open on {day}: {amount} in %Ln invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentPlanDialog</name>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="399"/>
        <source>%n instalment(s) of {amount}; the last one {last}, on {end}.</source>
        <translation>
            <numerusform>%n instalment of {amount}; the last one {last}, on {end}.</numerusform>
            <numerusform>%n instalments of {amount}; the last one {last}, on {end}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderBatchDialog</name>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/letters/batch_dialog.py" line="141"/>
        <source>Also an e-mail draft for each client with an e-mail address (%n)</source>
        <translation>
            <numerusform>Also an e-mail draft for the client with an e-mail address (%n)</numerusform>
            <numerusform>Also an e-mail draft for each client with an e-mail address (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/letters/batch_dialog.py" line="170"/>
        <source>Correct, it was sent (%n)…</source>
        <translation>
            <numerusform>Correct, it was sent (%n)…</numerusform>
            <numerusform>Correct, it was sent (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/letters/batch_dialog.py" line="189"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/letters/batch_dialog.py" line="190"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/letters/batch_dialog.py" line="205"/>
        <source>Make %n reminder(s)</source>
        <translation>
            <numerusform>Make %n reminder</numerusform>
            <numerusform>Make %n reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/timeline_view.py" line="127"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/timeline_view.py" line="129"/>
        <source>{shown} of %n event(s)</source>
        <translation>
            <numerusform>{shown} of %n event</numerusform>
            <numerusform>{shown} of %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorklistCommands</name>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/worklist_commands.py" line="63"/>
        <source>Sending of %n invoice(s) checked: the reminder can go out.</source>
        <translation>
            <numerusform>Sending of %n invoice checked: the reminder can go out.</numerusform>
            <numerusform>Sending of %n invoices checked: the reminder can go out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/worklist_view.py" line="92"/>
        <source>%n snoozed</source>
        <translation>
            <numerusform>%n snoozed</numerusform>
            <numerusform>%n snoozed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Erased</name>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/privacy_actions.py" line="53"/>
        <source>%n client(s) anonymised.</source>
        <translation>
            <numerusform>%n client anonymised.</numerusform>
            <numerusform>%n clients anonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/letters/email_actions.py" line="86"/>
        <source>%n e-mail draft(s) saved beside the letters. Open in your mail program now?</source>
        <translation>
            <numerusform>%n e-mail draft saved beside the letter. Open it in your mail program now?</numerusform>
            <numerusform>%n e-mail drafts saved beside the letters. Open them in your mail program now?</numerusform>
        </translation>
    </message>
</context>
</TS>
