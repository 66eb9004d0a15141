<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/about.py" line="12"/>
        <source>Debiteur Desk, version {version}

Debiteur Desk shows who owes you money, how late each invoice is and what to do next.

Database: {name}</source>
        <translation>Debiteur Desk, versie {version}

Debiteur Desk laat zien wie u geld schuldig is, hoe laat elke factuur is en wat de volgende stap is.

Database: {name}</translation>
    </message>
</context>
<context>
    <name>AdditionsBox</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="89"/>
        <source>Add to the plan (up to {date})</source>
        <translation>Toevoegen aan de regeling (tot en met {date})</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="93"/>
        <source>Statutory interest: {amount}</source>
        <translation>Wettelijke rente: {amount}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="97"/>
        <source>Collection costs (BIK): {amount}</source>
        <translation>Incassokosten (BIK): {amount}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="103"/>
        <source>Check before adding: %1</source>
        <translation>Controleer vóór toevoegen: %1</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="138"/>
        <source>{number}: no interest yet (the client is not in default)</source>
        <translation>{number}: nog geen rente (de klant is niet in verzuim)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="144"/>
        <source>%n day(s) at {rate}</source>
        <translation>
            <numerusform>%n dag tegen {rate}</numerusform>
            <numerusform>%n dagen tegen {rate}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="169"/>
        <source>At least € 40 per overdue invoice (%n invoice(s)).</source>
        <translation>
            <numerusform>Minstens € 40 per vervallen factuur (%n factuur).</numerusform>
            <numerusform>Minstens € 40 per vervallen factuur (%n facturen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="148"/>
        <source>{number}: {amount} on {principal} from {start} ({periods})</source>
        <translation>{number}: {amount} over {principal} vanaf {start} ({periods})</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="163"/>
        <source>A consumer owes collection costs only after the term of a 14-day letter about these invoices has run.</source>
        <translation>Een consument is pas incassokosten verschuldigd nadat de termijn van een 14-dagenbrief over deze facturen is verstreken.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="166"/>
        <source>No invoice is overdue yet.</source>
        <translation>Er is nog geen factuur vervallen.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="173"/>
        <source>{rate} of {base}</source>
        <translation>{rate} van {base}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="178"/>
        <source>BIK scale on {principal}: {tiers}</source>
        <translation>BIK-staffel over {principal}: {tiers}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="182"/>
        <source>(the minimum of € 40)</source>
        <translation>(het minimum van € 40)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="184"/>
        <source>plus VAT {btw}</source>
        <translation>plus btw {btw}</translation>
    </message>
</context>
<context>
    <name>AllocationTable</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="64"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="64"/>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="64"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="64"/>
        <source>Allocate</source>
        <translation>Toewijzen</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/backup_commands.py" line="39"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/backup_commands.py" line="41"/>
        <source>The book and its letters in one file, e.g. on a USB stick</source>
        <translation>Het boek en de brieven in één bestand, bijvoorbeeld op een USB-stick</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/backup_commands.py" line="43"/>
        <source>&amp;Restore a backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/backup_commands.py" line="46"/>
        <source>Put the book back as a backup holds it; the current book is kept first</source>
        <translation>Het boek terugzetten zoals een back-up het bewaart; het huidige boek wordt eerst bewaard</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/backup_commands.py" line="58"/>
        <source>Back up now</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/backup_commands.py" line="59"/>
        <location filename="../../src/debiteur_desk/ui/backup_commands.py" line="81"/>
        <source>Backups (*.zip)</source>
        <translation>Back-ups (*.zip)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/backup_commands.py" line="73"/>
        <source>Backup made: %1 (%2 invoices, %3 open).</source>
        <translation>Back-up gemaakt: %1 (%2 facturen, %3 open).</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/backup_commands.py" line="81"/>
        <location filename="../../src/debiteur_desk/ui/backup_commands.py" line="120"/>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/backup_commands.py" line="98"/>
        <source>Backup of %1: %2 clients, %3 invoices, %4 open, %5 letters.</source>
        <translation>Back-up van %1: %2 klanten, %3 facturen, %4 open, %5 brieven.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/backup_commands.py" line="124"/>
        <source>The book as it is now is kept as a backup first; then this backup replaces it. Work done after %1 is then only in that kept backup.</source>
        <translation>Het boek zoals het nu is, wordt eerst als back-up bewaard; daarna vervangt deze back-up het. Wat na %1 is ingevoerd, staat dan alleen nog in die bewaarde back-up.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/backup_commands.py" line="128"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/backup_commands.py" line="140"/>
        <source>Restored. %1</source>
        <translation>Teruggezet. %1</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/backup_commands.py" line="142"/>
        <source>The previous book was kept as %1.</source>
        <translation>Het vorige boek is bewaard als %1.</translation>
    </message>
</context>
<context>
    <name>BankReviewDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/bank_review_dialog.py" line="87"/>
        <source>Payments to review</source>
        <translation>Betalingen om na te kijken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/bank_review_dialog.py" line="102"/>
        <source>Book as proposed</source>
        <translation>Boeken zoals voorgesteld</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/bank_review_dialog.py" line="108"/>
        <source>Choose a client…</source>
        <translation>Kies een klant…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/bank_review_dialog.py" line="110"/>
        <source>Split over this client&apos;s invoices…</source>
        <translation>Verdelen over facturen van deze klant…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/bank_review_dialog.py" line="111"/>
        <source>Keep as this client&apos;s credit</source>
        <translation>Als tegoed van deze klant houden</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/bank_review_dialog.py" line="112"/>
        <source>Not an invoice payment</source>
        <translation>Geen betaling van een factuur</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/bank_review_dialog.py" line="159"/>
        <source>Reading the payments to review…</source>
        <translation>De betalingen om na te kijken worden gelezen…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/bank_review_dialog.py" line="167"/>
        <source>Every payment has been dealt with.</source>
        <translation>Alle betalingen zijn afgehandeld.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/bank_review_dialog.py" line="119"/>
        <source>&lt;b&gt;Proposed&lt;/b&gt; (best first)</source>
        <translation>&lt;b&gt;Voorstel&lt;/b&gt; (beste eerst)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/bank_review_dialog.py" line="123"/>
        <source>Or for client</source>
        <translation>Of voor klant</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/bank_review_dialog.py" line="137"/>
        <source>These payments could not be matched for certain. Choose what each one pays; an account you confirm is recognised next time.</source>
        <translation>Deze betalingen konden niet met zekerheid worden gekoppeld. Kies wat elke betaling voldoet; een rekening die u bevestigt, wordt de volgende keer herkend.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/bank_review_dialog.py" line="201"/>
        <source>on {day}</source>
        <translation>op {day}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/bank_review_dialog.py" line="202"/>
        <source>From: {payer} {iban}</source>
        <translation>Van: {payer} {iban}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/bank_review_dialog.py" line="207"/>
        <source>Description: {text}</source>
        <translation>Omschrijving: {text}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/bank_review_dialog.py" line="210"/>
        <source>Payment reference: {text}</source>
        <translation>Betalingskenmerk: {text}</translation>
    </message>
</context>
<context>
    <name>BehaviourBox</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="77"/>
        <source>Payment behaviour (12 months)</source>
        <translation>Betaalgedrag (12 maanden)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="91"/>
        <source>No payment history yet</source>
        <translation>Nog geen betaalgeschiedenis</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="92"/>
        <source>Pays on time</source>
        <translation>Betaalt op tijd</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="93"/>
        <source>Late for the first time</source>
        <translation>Voor het eerst te laat</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="94"/>
        <source>Sometimes late</source>
        <translation>Soms te laat</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="95"/>
        <source>Habitual late payer</source>
        <translation>Structurele laatbetaler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="103"/>
        <source>%n day(s) overdue: no oversight any more. Send a written demand and agree on a firm date.</source>
        <translation>
            <numerusform>%n dag te laat: dit is geen vergissing meer. Stuur een schriftelijke aanmaning en spreek een vaste datum af.</numerusform>
            <numerusform>%n dagen te laat: dit is geen vergissing meer. Stuur een schriftelijke aanmaning en spreek een vaste datum af.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="109"/>
        <source>%n day(s) overdue: call, ask why, and agree on a date.</source>
        <translation>
            <numerusform>%n dag te laat: bel, vraag waarom, en spreek een datum af.</numerusform>
            <numerusform>%n dagen te laat: bel, vraag waarom, en spreek een datum af.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="111"/>
        <source>A new client: a friendly reminder is the right start.</source>
        <translation>Een nieuwe klant: een vriendelijke herinnering is de juiste start.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="112"/>
        <source>Pays on time: a friendly reminder is enough.</source>
        <translation>Betaalt op tijd: een vriendelijke herinnering is genoeg.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="114"/>
        <source>Late for the first time in a year: a friendly call usually settles it.</source>
        <translation>Voor het eerst in een jaar te laat: een vriendelijk telefoontje lost het meestal op.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="116"/>
        <source>Now and then late: call and agree on a date.</source>
        <translation>Af en toe te laat: bel en spreek een datum af.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="118"/>
        <source>Often late: be firm, agree on a date and confirm it in writing.</source>
        <translation>Vaak te laat: wees duidelijk, spreek een datum af en bevestig die schriftelijk.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="129"/>
        <source>Paid: %n invoice(s)</source>
        <translation>
            <numerusform>Betaald: %n factuur</numerusform>
            <numerusform>Betaald: %n facturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="131"/>
        <source>%n of them late</source>
        <translation>
            <numerusform>waarvan %n te laat</numerusform>
            <numerusform>waarvan %n te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="138"/>
        <source>Overdue now: %n invoice(s)</source>
        <translation>
            <numerusform>Nu vervallen: %n factuur</numerusform>
            <numerusform>Nu vervallen: %n facturen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="137"/>
        <source>Average days late: {days}</source>
        <translation>Gemiddeld dagen te laat: {days}</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_dialog.py" line="55"/>
        <source>Where the book is</source>
        <translation>Waar het boek staat</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_dialog.py" line="62"/>
        <source>One PC: keep the book in a file on this PC. Two or three PCs: put the book on a PostgreSQL server in your network, and choose it here on every PC; they then all work in the same book.</source>
        <translation>Eén pc: bewaar het boek in een bestand op deze pc. Twee of drie pc&apos;s: zet het boek op een PostgreSQL-server in uw netwerk en kies die hier op elke pc; dan werken ze allemaal in hetzelfde boek.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_dialog.py" line="67"/>
        <source>On this PC</source>
        <translation>Op deze pc</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_dialog.py" line="68"/>
        <source>On a server (PostgreSQL)</source>
        <translation>Op een server (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_dialog.py" line="74"/>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_dialog.py" line="76"/>
        <source>The file %1</source>
        <translation>Het bestand %1</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_dialog.py" line="80"/>
        <source>e.g. 192.168.1.20 or kantoor-pc</source>
        <translation>bijv. 192.168.1.20 of kantoor-pc</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_dialog.py" line="86"/>
        <source>e.g. debiteuren</source>
        <translation>bijv. debiteuren</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_dialog.py" line="93"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_dialog.py" line="95"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_dialog.py" line="101"/>
        <source>Copy this book to the server</source>
        <translation>Dit boek naar de server kopiëren</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_dialog.py" line="103"/>
        <source>Only into an empty database: a book already on the server is never overwritten. The copy is checked table by table.</source>
        <translation>Alleen naar een lege database: een boek dat al op de server staat, wordt nooit overschreven. De kopie wordt tabel voor tabel gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_dialog.py" line="109"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_dialog.py" line="110"/>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_dialog.py" line="111"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_dialog.py" line="112"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_dialog.py" line="113"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_dialog.py" line="168"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_dialog.py" line="180"/>
        <source>The connection works. The database is empty: a new book is made there, or this book is copied into it.</source>
        <translation>De verbinding werkt. De database is leeg: daar wordt een nieuw boek gemaakt, of dit boek wordt erin gekopieerd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/book_dialog.py" line="184"/>
        <source>The connection works. The server holds a book with %n clients; this PC will work in that book.</source>
        <translation>
            <numerusform>De verbinding werkt. Op de server staat een boek met %n klant; deze pc gaat in dat boek werken.</numerusform>
            <numerusform>De verbinding werkt. Op de server staat een boek met %n klanten; deze pc gaat in dat boek werken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookMove</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_move.py" line="39"/>
        <source>Copying the book to the server…</source>
        <translation>Het boek wordt naar de server gekopieerd…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_move.py" line="40"/>
        <source>The book was copied to the server and checked; this PC now works there.</source>
        <translation>Het boek is naar de server gekopieerd en gecontroleerd; deze pc werkt nu daar.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_move.py" line="44"/>
        <source>Opening the book on this PC…</source>
        <translation>Het boek op deze pc wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_move.py" line="45"/>
        <source>This PC now works in the book on this PC.</source>
        <translation>Deze pc werkt nu in het boek op deze pc.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_move.py" line="47"/>
        <source>Opening the book on the server…</source>
        <translation>Het boek op de server wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_move.py" line="48"/>
        <source>This PC now works in the book on the server.</source>
        <translation>Deze pc werkt nu in het boek op de server.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/book_move.py" line="53"/>
        <source>Where the book is</source>
        <translation>Waar het boek staat</translation>
    </message>
</context>
<context>
    <name>BucketBar</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/bucket_bar.py" line="45"/>
        <source>Click a bucket to show only its clients and invoices</source>
        <translation>Klik op een ouderdomsklasse om alleen die klanten en facturen te zien</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="87"/>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="377"/>
        <source>Claim</source>
        <translation>Vordering</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="97"/>
        <source>The open amounts on the client&apos;s page and in the overview are the books&apos; view: each payment is taken off the principal. This is the claim as a court computes it: payments go to the costs first, then to the interest, then to the principal (art. 6:44 BW), and interest keeps running on the principal that is left.</source>
        <translation>De openstaande bedragen op de klantpagina en in het overzicht zijn de boekhoudkundige kijk: elke betaling gaat van de hoofdsom af. Dit is de vordering zoals een rechter die berekent: betalingen gaan eerst naar de kosten, dan naar de rente, dan naar de hoofdsom (art. 6:44 BW), en de rente loopt door over de hoofdsom die overblijft.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="107"/>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="168"/>
        <source>Reading…</source>
        <translation>Bezig met lezen…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="118"/>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="361"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="119"/>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="362"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="120"/>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="362"/>
        <source>Through</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="121"/>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="362"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="122"/>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="362"/>
        <source>Rate</source>
        <translation>Rente</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="123"/>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="363"/>
        <source>Base</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="124"/>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="363"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="133"/>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="401"/>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="134"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="143"/>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="361"/>
        <source>As of</source>
        <translation>Per</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="184"/>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="417"/>
        <source>Claim against {name} as of {day}</source>
        <translation>Vordering op {name} per {day}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="209"/>
        <source>Principal {principal} · interest {interest} · costs {costs} · paid {paid} · claim {total}</source>
        <translation>Hoofdsom {principal} · rente {interest} · kosten {costs} · betaald {paid} · vordering {total}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="224"/>
        <source>The books (every payment on the principal) show open: {amount}. The claim is the legal computation.</source>
        <translation>De boekhouding (elke betaling op de hoofdsom) toont open: {amount}. De vordering is de juridische berekening.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="230"/>
        <source>Not applied (paid more than owed): {amount} of {day}</source>
        <translation>Niet toegerekend (meer betaald dan verschuldigd): {amount} van {day}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="237"/>
        <source>The client&apos;s credit, not applied: {amount}</source>
        <translation>Tegoed van de klant, niet toegerekend: {amount}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="244"/>
        <source>* an interest rate that has not been verified</source>
        <translation>* een rentepercentage dat niet is gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="253"/>
        <source>Invoice {number}, due {due}</source>
        <translation>Factuur {number}, vervallen {due}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="257"/>
        <source>disputed</source>
        <translation>betwist</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="259"/>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="373"/>
        <source>Principal</source>
        <translation>Hoofdsom</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="263"/>
        <source>Interest accrued</source>
        <translation>Opgelopen rente</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="270"/>
        <source>Interest added to the base</source>
        <translation>Rente bij de hoofdsom gevoegd</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="276"/>
        <source>Interest period</source>
        <translation>Renteperiode</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="282"/>
        <source>No interest (yet)</source>
        <translation>(Nog) geen rente</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="284"/>
        <source>Collection costs</source>
        <translation>Incassokosten</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="286"/>
        <source>(of which VAT {amount})</source>
        <translation>(waarvan btw {amount})</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="292"/>
        <source>Payment {reference} (for this invoice)</source>
        <translation>Betaling {reference} (voor deze factuur)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="294"/>
        <source>Payment {reference} (not designated)</source>
        <translation>Betaling {reference} (niet aangewezen)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="297"/>
        <source>to costs</source>
        <translation>naar kosten</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="298"/>
        <source>to interest</source>
        <translation>naar rente</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="299"/>
        <source>to principal</source>
        <translation>naar hoofdsom</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="302"/>
        <source>Written off</source>
        <translation>Afgeboekt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="305"/>
        <source>Still open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="306"/>
        <source>principal</source>
        <translation>hoofdsom</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="307"/>
        <source>interest</source>
        <translation>rente</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="308"/>
        <source>costs</source>
        <translation>kosten</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="351"/>
        <source>No open invoices on that day.</source>
        <translation>Geen openstaande facturen op die dag.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="361"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="361"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="374"/>
        <source>Interest</source>
        <translation>Rente</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="375"/>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="376"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="379"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="401"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/claim_dialog.py" line="440"/>
        <source>Payments go to the costs first, then to the interest, then to the principal (art. 6:44 BW).</source>
        <translation>Betalingen gaan eerst naar de kosten, dan naar de rente, dan naar de hoofdsom (art. 6:44 BW).</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="53"/>
        <source>New client</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="53"/>
        <source>Edit client</source>
        <translation>Klant wijzigen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="56"/>
        <source>Business</source>
        <translation>Zakelijk</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="57"/>
        <source>Consumer (private person)</source>
        <translation>Particulier (consument)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="82"/>
        <source>Large company</source>
        <translation>Groot bedrijf</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="85"/>
        <source>A large company may agree a payment term of at most 30 days with a small business (art. 6:119a lid 6 BW); the worklist flags a longer one.</source>
        <translation>Een groot bedrijf mag met een klein bedrijf hoogstens 30 dagen betaaltermijn afspreken (art. 6:119a lid 6 BW); de werklijst waarschuwt bij een langere termijn.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="94"/>
        <source>Name *</source>
        <translation>Naam *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="95"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="96"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="97"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="98"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="99"/>
        <source>Language of letters</source>
        <translation>Taal van brieven</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="101"/>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="102"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="103"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="104"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="106"/>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="107"/>
        <source>VAT number</source>
        <translation>Btw-id</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="108"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="109"/>
        <source>Payment term</source>
        <translation>Betaaltermijn</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="112"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="113"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="114"/>
        <source>Registration and payment</source>
        <translation>Registratie en betaling</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="118"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="121"/>
        <source>* required</source>
        <translation>* verplicht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/client_dialog.py" line="161"/>
        <source> day(s)</source>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientInvoicesModel</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/client_invoices_model.py" line="103"/>
        <source>The last day before the claim may prescribe: 2 years after the due date for goods sold to a consumer (the app assumes so for every consumer), otherwise 5. A written demand sent, a payment or a signed payment plan starts a new term.</source>
        <translation>De laatste dag voordat de vordering kan verjaren: 2 jaar na de vervaldatum bij verkoop van zaken aan een consument (de app gaat daar bij elke consument van uit), anders 5 jaar. Een verstuurde schriftelijke aanmaning, een betaling of een ondertekende betalingsregeling laat een nieuwe termijn ingaan.</translation>
    </message>
</context>
<context>
    <name>ClientInvoicesPanel</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_invoices.py" line="54"/>
        <source>Open invoices</source>
        <translation>Openstaande facturen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_invoices.py" line="55"/>
        <source>Paid and written off</source>
        <translation>Betaald en afgeboekt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_invoices.py" line="56"/>
        <source>All invoices</source>
        <translation>Alle facturen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_invoices.py" line="57"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_invoices.py" line="58"/>
        <source>Credit note…</source>
        <translation>Creditnota…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_invoices.py" line="59"/>
        <source>Write off…</source>
        <translation>Afboeken…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_invoices.py" line="60"/>
        <source>Dispute…</source>
        <translation>Betwisting…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_invoices.py" line="62"/>
        <source>The client disputes the invoice: it leaves the worklist until resolved</source>
        <translation>De klant betwist de factuur: die gaat van de werklijst tot het geschil is opgelost</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_invoices.py" line="64"/>
        <source>Resolve dispute…</source>
        <translation>Geschil afhandelen…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_invoices.py" line="66"/>
        <source>Use credit…</source>
        <translation>Tegoed gebruiken…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_invoices.py" line="68"/>
        <source>Set the client&apos;s credit against the open invoices, the one due first first</source>
        <translation>Het tegoed van de klant verrekenen met de openstaande facturen, de eerst vervallen factuur eerst</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_invoices.py" line="71"/>
        <source>Hand over…</source>
        <translation>Uit handen geven…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_invoices.py" line="73"/>
        <source>Hand the overdue invoices over to a collection agency, bailiff or lawyer</source>
        <translation>De vervallen facturen uit handen geven aan een incassobureau, gerechtsdeurwaarder of advocaat</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_invoices.py" line="140"/>
        <source>{count} shown</source>
        <translation>{count} getoond</translation>
    </message>
</context>
<context>
    <name>ClientOverviewModel</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/overview_model.py" line="70"/>
        <source>{action} (since {day})</source>
        <translation>{action} (sinds {day})</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/overview_model.py" line="72"/>
        <source>{action} (today)</source>
        <translation>{action} (vandaag)</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_view.py" line="103"/>
        <source>Edit client…</source>
        <translation>Klant wijzigen…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_view.py" line="104"/>
        <source>New invoice…</source>
        <translation>Nieuwe factuur…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_view.py" line="105"/>
        <source>Record payment…</source>
        <translation>Betaling boeken…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_view.py" line="106"/>
        <source>Phone call…</source>
        <translation>Telefoongesprek…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_view.py" line="107"/>
        <source>Payment plan…</source>
        <translation>Betalingsregeling…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_view.py" line="108"/>
        <source>Make letter…</source>
        <translation>Brief maken…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_view.py" line="109"/>
        <source>Claim…</source>
        <translation>Vordering…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_view.py" line="112"/>
        <source>The claim as a court computes it: interest and costs included, payments applied to the costs, then the interest, then the principal (art. 6:44 BW). The open amounts here are the books&apos; view: principal only.</source>
        <translation>De vordering zoals een rechter die berekent: met rente en kosten, betalingen toegerekend aan de kosten, dan de rente, dan de hoofdsom (art. 6:44 BW). De openstaande bedragen hier zijn de boekhoudkundige kijk: alleen de hoofdsom.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_view.py" line="146"/>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_view.py" line="147"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_view.py" line="209"/>
        <source>Open {open} · of which overdue {overdue} · credit {credit}</source>
        <translation>Open {open} · waarvan vervallen {overdue} · tegoed {credit}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_view.py" line="430"/>
        <source>This client has no open invoices.</source>
        <translation>Deze klant heeft geen openstaande facturen.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_view.py" line="483"/>
        <source>payment of {amount} deleted</source>
        <translation>betaling van {amount} verwijderd</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_view.py" line="485"/>
        <source>Payment of {amount} is back.</source>
        <translation>De betaling van {amount} is terug.</translation>
    </message>
</context>
<context>
    <name>Collectability</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/collectability_words.py" line="14"/>
        <source>Handed over</source>
        <translation>Uit handen gegeven</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/collectability_words.py" line="15"/>
        <source>Disputed</source>
        <translation>Betwist</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/collectability_words.py" line="16"/>
        <source>In a payment plan</source>
        <translation>In betalingsregeling</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/collectability_words.py" line="17"/>
        <source>Promised</source>
        <translation>Toegezegd</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/collectability_words.py" line="18"/>
        <source>Promise not kept</source>
        <translation>Afspraak niet nagekomen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/collectability_words.py" line="19"/>
        <source>No arrangement</source>
        <translation>Zonder afspraak</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/client_invoices_model.py" line="42"/>
        <location filename="../../src/debiteur_desk/ui/models/invoices_model.py" line="49"/>
        <location filename="../../src/debiteur_desk/ui/vat_relief_dialog.py" line="42"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/bank_review_dialog.py" line="60"/>
        <location filename="../../src/debiteur_desk/ui/models/client_invoices_model.py" line="48"/>
        <location filename="../../src/debiteur_desk/ui/models/invoices_model.py" line="74"/>
        <location filename="../../src/debiteur_desk/ui/models/timeline_model.py" line="125"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/bank_review_dialog.py" line="65"/>
        <source>Payer</source>
        <translation>Betaler</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/bank_review_dialog.py" line="68"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/client_invoices_model.py" line="54"/>
        <location filename="../../src/debiteur_desk/ui/models/invoices_model.py" line="80"/>
        <location filename="../../src/debiteur_desk/ui/models/worklist_model.py" line="26"/>
        <location filename="../../src/debiteur_desk/ui/vat_relief_dialog.py" line="54"/>
        <source>Due</source>
        <translation>Vervalt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/bank_review_dialog.py" line="62"/>
        <location filename="../../src/debiteur_desk/ui/models/client_invoices_model.py" line="60"/>
        <location filename="../../src/debiteur_desk/ui/models/invoices_model.py" line="86"/>
        <location filename="../../src/debiteur_desk/ui/models/timeline_model.py" line="137"/>
        <location filename="../../src/debiteur_desk/ui/models/worklist_model.py" line="44"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/client_invoices_model.py" line="67"/>
        <location filename="../../src/debiteur_desk/ui/models/invoices_model.py" line="93"/>
        <location filename="../../src/debiteur_desk/ui/models/overview_model.py" line="107"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/client_invoices_model.py" line="82"/>
        <source>Expires after</source>
        <translation>Verjaart na</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/client_invoices_model.py" line="96"/>
        <location filename="../../src/debiteur_desk/ui/models/invoices_model.py" line="115"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/client_invoices_model.py" line="90"/>
        <source>Paid on</source>
        <translation>Betaald op</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/client_invoices_model.py" line="74"/>
        <location filename="../../src/debiteur_desk/ui/models/invoices_model.py" line="100"/>
        <location filename="../../src/debiteur_desk/ui/models/overview_model.py" line="115"/>
        <source>Days late</source>
        <translation>Dagen te laat</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/invoices_model.py" line="55"/>
        <location filename="../../src/debiteur_desk/ui/models/overview_model.py" line="94"/>
        <location filename="../../src/debiteur_desk/ui/models/worklist_model.py" line="32"/>
        <location filename="../../src/debiteur_desk/ui/vat_relief_dialog.py" line="48"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/invoices_model.py" line="62"/>
        <location filename="../../src/debiteur_desk/ui/models/overview_model.py" line="98"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/invoices_model.py" line="68"/>
        <location filename="../../src/debiteur_desk/ui/models/overview_model.py" line="103"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/invoices_model.py" line="108"/>
        <source>Age</source>
        <translation>Ouderdom</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/overview_model.py" line="122"/>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/overview_model.py" line="128"/>
        <source>Next action</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/timeline_model.py" line="131"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/timeline_model.py" line="144"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/worklist_model.py" line="38"/>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/worklist_model.py" line="51"/>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/worklist_model.py" line="58"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/vat_relief_dialog.py" line="60"/>
        <source>Uncollectable from</source>
        <translation>Oninbaar vanaf</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/vat_relief_dialog.py" line="66"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/vat_relief_dialog.py" line="72"/>
        <source>Unpaid / paid</source>
        <translation>Onbetaald / betaald</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/vat_relief_dialog.py" line="79"/>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/rates_dialog.py" line="51"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/rates_dialog.py" line="57"/>
        <source>Rate</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/rates_dialog.py" line="64"/>
        <source>Verified</source>
        <translation>Geverifieerd</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/rates_dialog.py" line="71"/>
        <source>Entered by</source>
        <translation>Ingevoerd door</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/rates_dialog.py" line="77"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/credit_note_dialog.py" line="36"/>
        <source>Credit note</source>
        <translation>Creditnota</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/credit_note_dialog.py" line="43"/>
        <source>Everything open</source>
        <translation>Alles wat openstaat</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/credit_note_dialog.py" line="47"/>
        <source>Credit note number *</source>
        <translation>Creditnotanummer *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/credit_note_dialog.py" line="48"/>
        <source>Date *</source>
        <translation>Datum *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/credit_note_dialog.py" line="49"/>
        <source>Amount *</source>
        <translation>Bedrag *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/credit_note_dialog.py" line="50"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/date_dialog.py" line="35"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/date_dialog.py" line="38"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/date_field.py" line="75"/>
        <source>dd/mm/yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/date_field.py" line="78"/>
        <source>Pick a date</source>
        <translation>Kies een datum</translation>
    </message>
</context>
<context>
    <name>DetailsBox</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="30"/>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="50"/>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="51"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="52"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="53"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="54"/>
        <source>KvK</source>
        <translation>KvK</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="55"/>
        <source>VAT number</source>
        <translation>Btw-id</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="56"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="57"/>
        <source>Payment term</source>
        <translation>Betaaltermijn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="57"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/client_summary.py" line="58"/>
        <source>Letters in</source>
        <translation>Brieven in</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/dispute_dialog.py" line="38"/>
        <source>Goods or service not received</source>
        <translation>Goederen of dienst niet ontvangen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/dispute_dialog.py" line="39"/>
        <source>Quality of the goods or work</source>
        <translation>Kwaliteit van de goederen of het werk</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/dispute_dialog.py" line="40"/>
        <source>The amount is wrong</source>
        <translation>Het bedrag klopt niet</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/dispute_dialog.py" line="41"/>
        <source>Not ordered</source>
        <translation>Niet besteld</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/dispute_dialog.py" line="42"/>
        <source>Other reason</source>
        <translation>Andere reden</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/dispute_dialog.py" line="74"/>
        <source>Invoice disputed</source>
        <translation>Factuur betwist</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/dispute_dialog.py" line="80"/>
        <source>Choose a reason</source>
        <translation>Kies een reden</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/dispute_dialog.py" line="84"/>
        <source>What the client says</source>
        <translation>Wat de klant zegt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/dispute_dialog.py" line="88"/>
        <source>While the dispute is open the invoice leaves the worklist: no reminder, call or demand is proposed for it, and no letter can name it.</source>
        <translation>Zolang het geschil loopt, staat de factuur niet op de werklijst: er wordt geen herinnering, telefoontje of aanmaning voor voorgesteld en geen brief kan haar noemen.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/dispute_dialog.py" line="94"/>
        <source>Disputed since *</source>
        <translation>Betwist sinds *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/dispute_dialog.py" line="95"/>
        <source>Reason *</source>
        <translation>Reden *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/dispute_dialog.py" line="96"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dossier_actions.py" line="38"/>
        <source>Make dossier…</source>
        <translation>Dossier maken…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dossier_actions.py" line="41"/>
        <source>One ZIP for a collection agency, bailiff or lawyer: a summary with the claim and the history, the letters, and the invoices and payments as CSV</source>
        <translation>Eén ZIP-bestand voor incassobureau, deurwaarder of advocaat: een samenvatting met de vordering en het verloop, de brieven, en de facturen en betalingen als CSV</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dossier_actions.py" line="59"/>
        <source>Dossier made</source>
        <translation>Dossier gemaakt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dossier_actions.py" line="61"/>
        <source>The dossier for the hand-over is saved as
{path}</source>
        <translation>Het dossier voor de overdracht is opgeslagen als
{path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dossier_actions.py" line="66"/>
        <source>%n letter file(s) could not be found and are not in it.</source>
        <translation>
            <numerusform>%n briefbestand is niet gevonden en zit er niet in.</numerusform>
            <numerusform>%n briefbestanden zijn niet gevonden en zitten er niet in.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dossier_actions.py" line="71"/>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/erase_client_dialog.py" line="24"/>
        <source>Erase client (GDPR)</source>
        <translation>Klant wissen (AVG)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/erase_client_dialog.py" line="30"/>
        <source>Erase the personal data of %1?</source>
        <translation>De persoonsgegevens van %1 wissen?</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/erase_client_dialog.py" line="35"/>
        <source>&lt;b&gt;Erased:&lt;/b&gt; the name (it becomes “%1”), address, postcode, city, e-mail, phone, contact person, KvK number, VAT id and the IBANs learned for this payer; the notes of calls, promises, plans and disputes; the payer&apos;s name, IBAN and text on the payments and bank lines; what was kept with the letters; the personal data in the audit log. The PDF files of the letters (%2 still there) and the hand-over dossiers are deleted: the letters&apos; records stay with their SHA-256, marked as erased.</source>
        <translation>&lt;b&gt;Gewist:&lt;/b&gt; de naam (die wordt “%1”), adres, postcode, plaats, e-mail, telefoon, contactpersoon, KvK-nummer, btw-id en de IBAN&apos;s die van deze betaler bekend zijn; de notities bij gesprekken, beloften, regelingen en geschillen; naam, IBAN en omschrijving van de betaler bij betalingen en bankregels; wat bij de brieven is bewaard; de persoonsgegevens in het logboek. De pdf-bestanden van de brieven (nog %2 aanwezig) en de overdrachtsdossiers worden verwijderd: van elke brief blijft de registratie met de SHA-256 bestaan, gemarkeerd als gewist.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/erase_client_dialog.py" line="48"/>
        <source>&lt;b&gt;Kept&lt;/b&gt; for the bookkeeping (7 years, art. 52 AWR): %1 invoices and %2 payments with their amounts, dates and numbers, credit notes, write-offs, plans and instalments, and of each letter its kind, date and how it was sent.</source>
        <translation>&lt;b&gt;Bewaard&lt;/b&gt; voor de boekhouding (7 jaar, art. 52 AWR): %1 facturen en %2 betalingen met hun bedragen, datums en nummers, creditnota&apos;s, afboekingen, regelingen en termijnen, en van elke brief de soort, de datum en hoe hij is verstuurd.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/erase_client_dialog.py" line="57"/>
        <source>A backup of the whole book is made first; it still holds these data. This cannot be undone.</source>
        <translation>Eerst wordt een back-up van het hele boek gemaakt; daarin staan deze gegevens nog. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/erase_client_dialog.py" line="75"/>
        <source>Type the client&apos;s name to confirm:</source>
        <translation>Typ ter bevestiging de naam van de klant:</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/erase_client_dialog.py" line="77"/>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
</context>
<context>
    <name>EventBox</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/event_box.py" line="27"/>
        <source>Delete payment…</source>
        <translation>Betaling verwijderen…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/event_box.py" line="37"/>
        <source>Signed copy received…</source>
        <translation>Getekend exemplaar ontvangen…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/event_box.py" line="44"/>
        <source>New plan in its place…</source>
        <translation>Nieuwe regeling in de plaats…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/event_box.py" line="49"/>
        <source>Plan broken…</source>
        <translation>Regeling verbroken…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/event_box.py" line="57"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/event_box.py" line="62"/>
        <source>Open PDF</source>
        <translation>PDF openen</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/filter_bar.py" line="60"/>
        <source>Search name, invoice number or city</source>
        <translation>Zoek op naam, factuurnummer of plaats</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/filter_bar.py" line="66"/>
        <source>All ages</source>
        <translation>Alle ouderdommen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/filter_bar.py" line="69"/>
        <source>Consumers and businesses</source>
        <translation>Particulier en zakelijk</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/filter_bar.py" line="74"/>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/filter_bar.py" line="80"/>
        <source>Show only the debtors with something open in this state</source>
        <translation>Toon alleen de debiteuren met iets openstaands in deze stand</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/filter_bar.py" line="82"/>
        <source>Any arrangement</source>
        <translation>Alle afspraken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/filter_bar.py" line="96"/>
        <source>Show the book as it stood on this date</source>
        <translation>Toon de administratie zoals die op deze datum was</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/filter_bar.py" line="97"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/filter_bar.py" line="109"/>
        <source>As of</source>
        <translation>Per</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/handover_dialog.py" line="17"/>
        <source>Collection agency</source>
        <translation>Incassobureau</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/handover_dialog.py" line="18"/>
        <source>Bailiff</source>
        <translation>Gerechtsdeurwaarder</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/handover_dialog.py" line="19"/>
        <source>Lawyer</source>
        <translation>Advocaat</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/handover_dialog.py" line="28"/>
        <source>Hand over for collection</source>
        <translation>Uit handen geven</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/handover_dialog.py" line="39"/>
        <source>e.g. Incassobureau Noord B.V.</source>
        <translation>bijv. Incassobureau Noord B.V.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/handover_dialog.py" line="42"/>
        <source>File number, agreed fee, contact person…</source>
        <translation>Dossiernummer, afgesproken tarief, contactpersoon…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/handover_dialog.py" line="46"/>
        <source>{client} owes {amount} that is overdue. From that day on no more letters are proposed for these invoices; the timeline shows who has the file.</source>
        <translation>{client} heeft {amount} aan vervallen facturen openstaan. Vanaf die dag worden voor deze facturen geen brieven meer voorgesteld; de tijdlijn laat zien wie het dossier heeft.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/handover_dialog.py" line="52"/>
        <source>Handed over on *</source>
        <translation>Uit handen gegeven op *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/handover_dialog.py" line="53"/>
        <source>To *</source>
        <translation>Aan *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/handover_dialog.py" line="54"/>
        <source>Name *</source>
        <translation>Naam *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/handover_dialog.py" line="55"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="35"/>
        <source>Read a &amp;bank statement…</source>
        <translation>&amp;Bankafschrift inlezen…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="39"/>
        <source>CAMT.053, MT940 or your bank&apos;s CSV: payments are matched to invoices</source>
        <translation>CAMT.053, MT940 of de CSV van uw bank: betalingen worden aan facturen gekoppeld</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="41"/>
        <source>Read &amp;invoices…</source>
        <translation>&amp;Facturen inlezen…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="44"/>
        <source>An export from your accounting package (CSV, Excel) or UBL e-invoices</source>
        <translation>Een export uit uw boekhoudpakket (CSV, Excel) of UBL-e-facturen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="46"/>
        <source>Read a &amp;folder of e-invoices…</source>
        <translation>&amp;Map met e-facturen inlezen…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="48"/>
        <source>Past i&amp;mports…</source>
        <translation>Eerdere i&amp;mports…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="50"/>
        <source>Every import, and undoing one as a whole</source>
        <translation>Elke import, en er een in zijn geheel terugdraaien</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="51"/>
        <source>Payments to &amp;review…</source>
        <translation>Betalingen &amp;nakijken…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="70"/>
        <source>Read a bank statement</source>
        <translation>Bankafschrift inlezen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="72"/>
        <source>Bank statements (%1);;All files (*)</source>
        <translation>Bankafschriften (%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="86"/>
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="108"/>
        <source>Bank statement</source>
        <translation>Bankafschrift</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="87"/>
        <source>Reading and matching %1…</source>
        <translation>%1 inlezen en koppelen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="95"/>
        <source>%Ln payment(s) booked.</source>
        <translation>
            <numerusform>%Ln betaling geboekt.</numerusform>
            <numerusform>%Ln betalingen geboekt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="96"/>
        <source>%Ln payment(s) to review.</source>
        <translation>
            <numerusform>%Ln betaling om na te kijken.</numerusform>
            <numerusform>%Ln betalingen om na te kijken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="99"/>
        <source>%Ln reversal(s) by the bank processed.</source>
        <translation>
            <numerusform>%Ln terugboeking door de bank verwerkt.</numerusform>
            <numerusform>%Ln terugboekingen door de bank verwerkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="102"/>
        <source>%Ln line(s) were already read before.</source>
        <translation>
            <numerusform>%Ln regel was al eerder ingelezen.</numerusform>
            <numerusform>%Ln regels waren al eerder ingelezen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="138"/>
        <source>%Ln invoice(s) imported.</source>
        <translation>
            <numerusform>%Ln factuur ingelezen.</numerusform>
            <numerusform>%Ln facturen ingelezen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="139"/>
        <source>%Ln new client(s).</source>
        <translation>
            <numerusform>%Ln nieuwe klant.</numerusform>
            <numerusform>%Ln nieuwe klanten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="113"/>
        <source>Read invoices</source>
        <translation>Facturen inlezen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="115"/>
        <source>Invoices (%1);;All files (*)</source>
        <translation>Facturen (%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="121"/>
        <source>Folder of e-invoices</source>
        <translation>Map met e-facturen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/import_commands.py" line="127"/>
        <source>This folder holds no e-invoices (.xml files).</source>
        <translation>Deze map bevat geen e-facturen (.xml-bestanden).</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="60"/>
        <source>Past imports</source>
        <translation>Eerdere imports</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="66"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="66"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="66"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="66"/>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="67"/>
        <source>Booked</source>
        <translation>Geboekt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="67"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="70"/>
        <source>The bank lines or invoices the import read into the book</source>
        <translation>De bankregels of facturen die de import in het boek zette</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="71"/>
        <source>The payments booked from the statement&apos;s lines</source>
        <translation>De betalingen die uit de regels van het afschrift zijn geboekt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="84"/>
        <source>Nothing has been imported yet.</source>
        <translation>Er is nog niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="87"/>
        <source>&amp;Undo this import…</source>
        <translation>Deze import &amp;terugdraaien…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="94"/>
        <source>Every import can be undone as a whole: what it brought into the book is taken out again, as long as nothing done later depends on it.</source>
        <translation>Elke import kan in zijn geheel worden teruggedraaid: wat hij in het boek zette, gaat er weer uit, zolang niets van later ervan afhangt.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="167"/>
        <source>Undone</source>
        <translation>Teruggedraaid</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="177"/>
        <source>Bank statement</source>
        <translation>Bankafschrift</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="177"/>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="191"/>
        <source>(a file without a name)</source>
        <translation>(een bestand zonder naam)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="193"/>
        <source>Undo the import of bank statement {file} of {when}?</source>
        <translation>De import van bankafschrift {file} van {when} terugdraaien?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="194"/>
        <source>Its %Ln bank line(s) are taken out of the book.</source>
        <translation>
            <numerusform>De %Ln bankregel gaat uit het boek.</numerusform>
            <numerusform>De %Ln bankregels gaan uit het boek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="197"/>
        <source>The %Ln payment(s) booked from them are deleted, and the invoices they paid are open again.</source>
        <translation>
            <numerusform>De %Ln betaling die eruit is geboekt, wordt verwijderd; de facturen die ze betaalde, staan weer open.</numerusform>
            <numerusform>De %Ln betalingen die eruit zijn geboekt, worden verwijderd; de facturen die ze betaalden, staan weer open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="204"/>
        <source>Its %Ln invoice(s) are taken out of the book, with the credit notes and earlier payments that came with them, and the clients it added that nothing else refers to.</source>
        <translation>
            <numerusform>De %Ln factuur gaat uit het boek, met de creditnota&apos;s en eerdere betalingen die erbij hoorden, en de klanten die de import toevoegde en nergens anders voorkomen.</numerusform>
            <numerusform>De %Ln facturen gaan uit het boek, met de creditnota&apos;s en eerdere betalingen die erbij hoorden, en de klanten die de import toevoegde en nergens anders voorkomen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="201"/>
        <source>Undo the import of invoices from {file} of {when}?</source>
        <translation>De import van facturen uit {file} van {when} terugdraaien?</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="209"/>
        <source>Changes it made to invoices that were already in the book stay as they are.</source>
        <translation>Wijzigingen die de import aanbracht in facturen die al in het boek stonden, blijven zoals ze zijn.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/imports_dialog.py" line="220"/>
        <source>Undo import</source>
        <translation>Import terugdraaien</translation>
    </message>
</context>
<context>
    <name>InvoiceChecklist</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="70"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="70"/>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="70"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="77"/>
        <source>New invoice</source>
        <translation>Nieuwe factuur</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="77"/>
        <source>Edit invoice</source>
        <translation>Factuur wijzigen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="86"/>
        <source>Type to search</source>
        <translation>Typ om te zoeken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="94"/>
        <source>Work out VAT (21% included)</source>
        <translation>Btw berekenen (21% inbegrepen)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="97"/>
        <source>Fills in the VAT contained in the amount above, for an amount that includes 21% VAT: 21/121 of it (for € 121.00 that is € 21.00).</source>
        <translation>Vult de btw in die in het bedrag hierboven zit, voor een bedrag inclusief 21% btw: 21/121 ervan (bij € 121,00 is dat € 21,00).</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="107"/>
        <source>(not sent)</source>
        <translation>(niet verstuurd)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="108"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="109"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="110"/>
        <source>Portal</source>
        <translation>Portaal</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="111"/>
        <source>By hand</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="119"/>
        <source>Client *</source>
        <translation>Klant *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="120"/>
        <source>Invoice number *</source>
        <translation>Factuurnummer *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="121"/>
        <source>Invoice date *</source>
        <translation>Factuurdatum *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="122"/>
        <source>Due date *</source>
        <translation>Vervaldatum *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="123"/>
        <source>Amount incl. VAT *</source>
        <translation>Bedrag incl. btw *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="124"/>
        <source>of which VAT</source>
        <translation>waarvan btw</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="125"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="126"/>
        <source>Payment reference</source>
        <translation>Betalingskenmerk</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="127"/>
        <source>&lt;b&gt;Sending&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verzending&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="128"/>
        <source>Sent on</source>
        <translation>Verstuurd op</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="129"/>
        <source>Sent by</source>
        <translation>Verstuurd per</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="130"/>
        <source>Sent to</source>
        <translation>Verstuurd aan</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_dialog.py" line="134"/>
        <source>* required</source>
        <translation>* verplicht</translation>
    </message>
</context>
<context>
    <name>InvoiceHeading</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/fields.py" line="109"/>
        <source>&lt;b&gt;Invoice {number}&lt;/b&gt; · {client}&lt;br&gt;amount {amount} · open {open}</source>
        <translation>&lt;b&gt;Factuur {number}&lt;/b&gt; · {client}&lt;br&gt;bedrag {amount} · open {open}</translation>
    </message>
</context>
<context>
    <name>InvoiceImportDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="133"/>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="333"/>
        <source>Read invoices</source>
        <translation>Facturen inlezen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="139"/>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="139"/>
        <source>Example</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="139"/>
        <source>Means</source>
        <translation>Betekent</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="148"/>
        <source>private persons (the law protects them more)</source>
        <translation>particulieren (de wet beschermt hen meer)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="150"/>
        <source>businesses</source>
        <translation>zakelijke klanten</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="153"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="153"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="153"/>
        <source>Due</source>
        <translation>Vervalt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="153"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="154"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="154"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="154"/>
        <source>In the book</source>
        <translation>In het boek</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="159"/>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="249"/>
        <source>Reading the file…</source>
        <translation>Het bestand wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="167"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="172"/>
        <source>&lt;b&gt;What each column means&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wat elke kolom betekent&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="175"/>
        <source>New clients without KvK, btw-id or legal form (B.V. …) are</source>
        <translation>Nieuwe klanten zonder KvK-nummer, btw-id of rechtsvorm (B.V. …) zijn</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="181"/>
        <source>&lt;b&gt;As it will be imported&lt;/b&gt; (the first rows)</source>
        <translation>&lt;b&gt;Zo wordt het ingelezen&lt;/b&gt; (de eerste regels)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="208"/>
        <source>(not used)</source>
        <translation>(niet gebruiken)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="274"/>
        <source>%Ln new invoice(s)</source>
        <translation>
            <numerusform>%Ln nieuwe factuur</numerusform>
            <numerusform>%Ln nieuwe facturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="275"/>
        <source>%Ln already in the book</source>
        <translation>
            <numerusform>%Ln al in het boek</numerusform>
            <numerusform>%Ln al in het boek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="276"/>
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln gewijzigd</numerusform>
            <numerusform>%Ln gewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="277"/>
        <source>%Ln credit note(s)</source>
        <translation>
            <numerusform>%Ln creditnota</numerusform>
            <numerusform>%Ln creditnota&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="278"/>
        <source>%Ln new client(s)</source>
        <translation>
            <numerusform>%Ln nieuwe klant</numerusform>
            <numerusform>%Ln nieuwe klanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="282"/>
        <source>Take over the changed amounts and dates (%Ln invoice(s))</source>
        <translation>
            <numerusform>Gewijzigde bedragen en datums overnemen (%Ln factuur)</numerusform>
            <numerusform>Gewijzigde bedragen en datums overnemen (%Ln facturen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="290"/>
        <source>(client&apos;s term)</source>
        <translation>(termijn van de klant)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="291"/>
        <source>(new)</source>
        <translation>(nieuw)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="293"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="294"/>
        <source>already in it</source>
        <translation>staat er al in</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="295"/>
        <source>credit note</source>
        <translation>creditnota</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="299"/>
        <source>changed: %1</source>
        <translation>gewijzigd: %1</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/invoice_import_dialog.py" line="333"/>
        <source>Importing invoices…</source>
        <translation>Facturen worden ingelezen…</translation>
    </message>
</context>
<context>
    <name>InvoicesView</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/invoices_view.py" line="44"/>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/invoices_view.py" line="47"/>
        <source>&amp;Invoices</source>
        <translation>&amp;Facturen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/invoices_view.py" line="92"/>
        <source>This list shows the invoices open on the as-of date. A client&apos;s paid invoices are in the client&apos;s own view (All invoices).</source>
        <translation>Deze lijst toont de facturen die op de gekozen datum openstaan. De betaalde facturen van een klant staan in het venster van die klant (Alle facturen).</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/invoices_view.py" line="96"/>
        <source>No invoices found for “{text}”.</source>
        <translation>Geen facturen gevonden voor “{text}”.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/invoices_view.py" line="98"/>
        <source>No invoices match the chosen filters.</source>
        <translation>Geen facturen die aan de gekozen filters voldoen.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/invoices_view.py" line="99"/>
        <source>No invoices were open on this date.</source>
        <translation>Op deze datum stonden geen facturen open.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/invoices_view.py" line="106"/>
        <source>Invoices: {count}</source>
        <translation>Facturen: {count}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/invoices_view.py" line="107"/>
        <source>invoiced {amount}</source>
        <translation>gefactureerd {amount}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/invoices_view.py" line="110"/>
        <source>open {amount}</source>
        <translation>open {amount}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/labels.py" line="14"/>
        <source>Consumer</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/labels.py" line="15"/>
        <source>Business</source>
        <translation>Zakelijk</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/labels.py" line="19"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/labels.py" line="20"/>
        <source>Partly paid</source>
        <translation>Deels betaald</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/labels.py" line="21"/>
        <source>Disputed</source>
        <translation>Betwist</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/labels.py" line="22"/>
        <source>Overdue</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/labels.py" line="23"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/labels.py" line="24"/>
        <source>Written off</source>
        <translation>Afgeboekt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/labels.py" line="29"/>
        <source>Send reminder</source>
        <translation>Herinnering sturen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/labels.py" line="30"/>
        <source>Call</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/labels.py" line="31"/>
        <source>Send second reminder</source>
        <translation>Tweede herinnering sturen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/labels.py" line="32"/>
        <source>Send 14-day letter</source>
        <translation>14-dagenbrief sturen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/labels.py" line="33"/>
        <source>Send final demand</source>
        <translation>Sommatie sturen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/labels.py" line="34"/>
        <source>Hand over for collection</source>
        <translation>Uit handen geven</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/labels.py" line="35"/>
        <source>Check promise to pay</source>
        <translation>Betaalbelofte nakijken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/labels.py" line="36"/>
        <source>Chase instalment</source>
        <translation>Termijn navragen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/labels.py" line="37"/>
        <source>Resolve dispute</source>
        <translation>Geschil oplossen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/labels.py" line="38"/>
        <source>Check the invoice went out</source>
        <translation>Controleren of factuur is verstuurd</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/labels.py" line="41"/>
        <source>Not due</source>
        <translation>Niet vervallen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/labels.py" line="42"/>
        <source>{range} days</source>
        <translation>{range} dagen</translation>
    </message>
</context>
<context>
    <name>LetterCommands</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="41"/>
        <source>&amp;Make a letter…</source>
        <translation>&amp;Brief maken…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="44"/>
        <source>A letter to the selected client (Ctrl+L)</source>
        <translation>Een brief aan de gekozen klant (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="45"/>
        <source>All due &amp;first reminders…</source>
        <translation>Alle &amp;eerste herinneringen van vandaag…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="48"/>
        <source>Make every first reminder that is due today, and one PDF to print</source>
        <translation>Maak elke eerste herinnering die vandaag aan de beurt is, en één PDF om af te drukken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="50"/>
        <source>Mark letters as &amp;sent…</source>
        <translation>Brieven als &amp;verstuurd markeren…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="53"/>
        <source>Letters that went out (a printed batch): only a sent letter counts</source>
        <translation>Brieven die de deur uit zijn (een afgedrukte reeks): alleen een verstuurde brief telt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="55"/>
        <source>Letter &amp;texts…</source>
        <translation>Brief&amp;teksten…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="57"/>
        <source>&amp;Letters</source>
        <translation>&amp;Brieven</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="72"/>
        <source>Select a client first.</source>
        <translation>Kies eerst een klant.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="103"/>
        <source>Checking which first reminders are due…</source>
        <translation>Nagaan welke eerste herinneringen aan de beurt zijn…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="111"/>
        <source>No first reminders are due today.</source>
        <translation>Vandaag zijn er geen eerste herinneringen aan de beurt.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="128"/>
        <source>Making reminders…</source>
        <translation>Herinneringen maken…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="141"/>
        <source>Sending of %n invoice(s) checked: their reminders are offered.</source>
        <translation>
            <numerusform>Verzending van %n factuur gecontroleerd: de herinnering wordt aangeboden.</numerusform>
            <numerusform>Verzending van %n facturen gecontroleerd: hun herinneringen worden aangeboden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="155"/>
        <source>%n reminder(s) made.</source>
        <translation>
            <numerusform>%n herinnering gemaakt.</numerusform>
            <numerusform>%n herinneringen gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="158"/>
        <source>To print them all at once: %1</source>
        <translation>Om ze in één keer af te drukken: %1</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="160"/>
        <source>Once they have gone out, mark them as sent (Letters › Mark letters as sent): only a sent letter counts.</source>
        <translation>Markeer ze als verstuurd zodra ze de deur uit zijn (Brieven › Brieven als verstuurd markeren): alleen een verstuurde brief telt.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="165"/>
        <source>Not made:</source>
        <translation>Niet gemaakt:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="169"/>
        <source>%n reminder(s) made</source>
        <translation>
            <numerusform>%n herinnering gemaakt</numerusform>
            <numerusform>%n herinneringen gemaakt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="171"/>
        <source>The reminders were taken back.</source>
        <translation>De herinneringen zijn teruggenomen.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="192"/>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="192"/>
        <source>Every letter has been marked as sent.</source>
        <translation>Alle brieven zijn als verstuurd gemarkeerd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="203"/>
        <source>%n letter(s) marked as sent.</source>
        <translation>
            <numerusform>%n brief als verstuurd gemarkeerd.</numerusform>
            <numerusform>%n brieven als verstuurd gemarkeerd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="102"/>
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="111"/>
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="127"/>
        <location filename="../../src/debiteur_desk/ui/letter_commands.py" line="174"/>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
</context>
<context>
    <name>LetterEmailer</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/email_actions.py" line="152"/>
        <source>The draft is saved as %1; open it with your mail program.</source>
        <translation>Het concept is bewaard als %1; open het met uw mailprogramma.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/email_actions.py" line="156"/>
        <source>No e-mail address is known for this client: fill it in in your mail program.</source>
        <translation>Van deze klant is geen e-mailadres bekend: vul het in uw mailprogramma in.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/email_actions.py" line="161"/>
        <source>Draft saved as %1. Once it has gone out, mark the letter as sent.</source>
        <translation>Concept bewaard als %1. Markeer de brief als verstuurd zodra de e-mail weg is.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/letters/email_actions.py" line="170"/>
        <source>%n letter(s) marked as sent by e-mail.</source>
        <translation>
            <numerusform>%n brief gemarkeerd als per e-mail verstuurd.</numerusform>
            <numerusform>%n brieven gemarkeerd als per e-mail verstuurd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/email_actions.py" line="179"/>
        <source>Sent by e-mail to %1 and marked as sent.</source>
        <translation>Per e-mail verstuurd naar %1 en gemarkeerd als verstuurd.</translation>
    </message>
</context>
<context>
    <name>LetterKind</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/kind_names.py" line="10"/>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/kind_names.py" line="11"/>
        <source>Second reminder</source>
        <translation>Tweede herinnering</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/kind_names.py" line="12"/>
        <source>Confirmation of phone agreement</source>
        <translation>Bevestiging telefonische afspraak</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/kind_names.py" line="15"/>
        <source>Payment plan agreement</source>
        <translation>Betalingsregeling</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/kind_names.py" line="16"/>
        <source>14-day letter (consumers)</source>
        <translation>14-dagenbrief (consumenten)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/kind_names.py" line="17"/>
        <source>Final demand (sommatie)</source>
        <translation>Ingebrekestelling / sommatie</translation>
    </message>
</context>
<context>
    <name>LetterSentDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/sent_dialog.py" line="28"/>
        <source>Letter sent</source>
        <translation>Brief verstuurd</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/sent_dialog.py" line="34"/>
        <source>By post</source>
        <translation>Per post</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/sent_dialog.py" line="35"/>
        <source>Registered mail (aangetekend)</source>
        <translation>Aangetekend</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/sent_dialog.py" line="36"/>
        <source>By email</source>
        <translation>Per e-mail</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/sent_dialog.py" line="37"/>
        <source>By hand</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/sent_dialog.py" line="42"/>
        <source>e.g. 3SABCD1234567</source>
        <translation>bijv. 3SABCD1234567</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/sent_dialog.py" line="45"/>
        <source>Sent on</source>
        <translation>Verstuurd op</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/sent_dialog.py" line="46"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/sent_dialog.py" line="47"/>
        <source>Tracking number</source>
        <translation>Zendingsnummer</translation>
    </message>
</context>
<context>
    <name>LetterWindow</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/letter_window.py" line="80"/>
        <source>Make a letter</source>
        <translation>Brief maken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/letter_window.py" line="90"/>
        <source>All overdue invoices of this client</source>
        <translation>Alle vervallen facturen van deze klant</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/letter_window.py" line="93"/>
        <location filename="../../src/debiteur_desk/ui/letters/letter_window.py" line="233"/>
        <source>Own deadline</source>
        <translation>Eigen termijn</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/letter_window.py" line="100"/>
        <source>Make and file</source>
        <translation>Maken en opslaan</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/letter_window.py" line="101"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/letter_window.py" line="102"/>
        <source>Mark as sent…</source>
        <translation>Als verstuurd markeren…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/letter_window.py" line="103"/>
        <source>E-mail…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/letter_window.py" line="105"/>
        <source>The letter as an e-mail with the PDF attached, in your own mail program</source>
        <translation>De brief als e-mail met de pdf als bijlage, in uw eigen mailprogramma</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/letter_window.py" line="108"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/letter_window.py" line="115"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/letter_window.py" line="117"/>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/letter_window.py" line="118"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/letter_window.py" line="199"/>
        <source>Nothing is due for this client.</source>
        <translation>Voor deze klant staat niets open dat aandacht vraagt.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/letter_window.py" line="204"/>
        <source>Next step: %1 No letter is due now.</source>
        <translation>Volgende stap: %1 Er is nu geen brief aan de beurt.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/letter_window.py" line="206"/>
        <source>Next step: %1</source>
        <translation>Volgende stap: %1</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/letter_window.py" line="232"/>
        <source>Sign and return by</source>
        <translation>Getekend terug vóór</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/letter_window.py" line="295"/>
        <source>Filed as %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/letter_window.py" line="329"/>
        <source>Marked as sent.</source>
        <translation>Als verstuurd gemarkeerd.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/main_window.py" line="154"/>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/main_window.py" line="325"/>
        <source>No backup could be made today: %1</source>
        <translation>Er kon vandaag geen back-up worden gemaakt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/main_window.py" line="381"/>
        <source>%Ln open invoice(s)</source>
        <translation>
            <numerusform>%Ln openstaande factuur</numerusform>
            <numerusform>%Ln openstaande facturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/main_window.py" line="389"/>
        <source>Open on {day}: {amount} in %Ln invoice(s)</source>
        <translation>
            <numerusform>Open per {day}: {amount} in %Ln factuur</numerusform>
            <numerusform>Open per {day}: {amount} in %Ln facturen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/unsent_dialog.py" line="33"/>
        <source>Mark letters as sent</source>
        <translation>Brieven als verstuurd markeren</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/unsent_dialog.py" line="37"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/unsent_dialog.py" line="37"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/unsent_dialog.py" line="37"/>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/unsent_dialog.py" line="37"/>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/unsent_dialog.py" line="61"/>
        <source>By post</source>
        <translation>Per post</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/unsent_dialog.py" line="62"/>
        <source>Registered mail (aangetekend)</source>
        <translation>Aangetekend</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/unsent_dialog.py" line="63"/>
        <source>By email</source>
        <translation>Per e-mail</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/unsent_dialog.py" line="64"/>
        <source>By hand</source>
        <translation>Persoonlijk afgegeven</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/unsent_dialog.py" line="76"/>
        <source>Only a letter marked as sent counts: its term, the default it brings about, the collection costs. Tick the letters that went out.</source>
        <translation>Alleen een brief die als verstuurd is gemarkeerd telt: de termijn, het verzuim dat hij teweegbrengt, de incassokosten. Vink de brieven aan die de deur uit zijn.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/unsent_dialog.py" line="82"/>
        <source>Sent on</source>
        <translation>Verstuurd op</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/unsent_dialog.py" line="83"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/operations.py" line="80"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/overview_view.py" line="53"/>
        <source>Debtors</source>
        <translation>Debiteuren</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/overview_view.py" line="56"/>
        <source>&amp;Debtors</source>
        <translation>&amp;Debiteuren</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/overview_view.py" line="141"/>
        <source>No clients found for “{text}”.</source>
        <translation>Geen klanten gevonden voor “{text}”.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/overview_view.py" line="143"/>
        <source>No clients match the chosen filters.</source>
        <translation>Geen klanten die aan de gekozen filters voldoen.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/overview_view.py" line="144"/>
        <source>There are no clients in this book yet.</source>
        <translation>Er staan nog geen klanten in deze administratie.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/overview_view.py" line="154"/>
        <source>Clients: {count}</source>
        <translation>Klanten: {count}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/overview_view.py" line="155"/>
        <source>open {amount}</source>
        <translation>open {amount}</translation>
    </message>
</context>
<context>
    <name>PaymentActions</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/payment_actions.py" line="32"/>
        <source>Delete payment</source>
        <translation>Betaling verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/payment_actions.py" line="33"/>
        <source>Delete the payment of {amount}? The invoices it paid will be open again. You can undo this right after.</source>
        <translation>De betaling van {amount} verwijderen? De facturen die ermee betaald zijn, staan dan weer open. U kunt dit direct daarna ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/payment_actions.py" line="48"/>
        <source>Use credit</source>
        <translation>Tegoed gebruiken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/payment_actions.py" line="49"/>
        <source>Use the credit of {credit} to pay the open invoices, the one due first first?</source>
        <translation>Het tegoed van {credit} gebruiken voor de openstaande facturen, de eerst vervallen factuur eerst?</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="140"/>
        <source>Record payment from {client}</source>
        <translation>Betaling boeken van {client}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="142"/>
        <source>Record payment</source>
        <translation>Betaling boeken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="153"/>
        <source>Bank transfer</source>
        <translation>Overboeking</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="154"/>
        <source>Cash</source>
        <translation>Contant</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="155"/>
        <source>Debit card</source>
        <translation>Pin</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="156"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="161"/>
        <source>Allocate oldest first</source>
        <translation>Oudste eerst toewijzen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="163"/>
        <source>Keep all of it as credit (e.g. money for a payment plan&apos;s instalments)</source>
        <translation>Alles als tegoed bewaren (bijv. geld voor de termijnen van een betalingsregeling)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="170"/>
        <source>From client</source>
        <translation>Van klant</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="171"/>
        <source>Received on *</source>
        <translation>Ontvangen op *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="172"/>
        <source>Amount *</source>
        <translation>Bedrag *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="173"/>
        <source>Paid by</source>
        <translation>Betaald per</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="174"/>
        <source>From (name)</source>
        <translation>Van (naam)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="175"/>
        <source>From (IBAN)</source>
        <translation>Van (IBAN)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="176"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="180"/>
        <source>&lt;b&gt;Allocate to open invoices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Toewijzen aan openstaande facturen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="190"/>
        <source>This client has no open invoices.</source>
        <translation>Deze klant heeft geen openstaande facturen.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="248"/>
        <source>Allocated: {allocated}</source>
        <translation>Toegewezen: {allocated}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="250"/>
        <source>All of it stays as credit: {credit}</source>
        <translation>Alles blijft als tegoed staan: {credit}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="254"/>
        <source>Nothing allocated by hand: the payment goes to the oldest open invoices first.</source>
        <translation>Niets met de hand toegewezen: de betaling gaat eerst naar de oudste openstaande facturen.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_dialog.py" line="257"/>
        <source>stays as credit: {credit}</source>
        <translation>blijft als tegoed: {credit}</translation>
    </message>
</context>
<context>
    <name>PaymentPlanDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="203"/>
        <source>Payment plan</source>
        <translation>Betalingsregeling</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="208"/>
        <source>Number of instalments</source>
        <translation>Aantal termijnen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="209"/>
        <source>Amount per instalment</source>
        <translation>Bedrag per termijn</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="217"/>
        <source>Weekly</source>
        <translation>Elke week</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="218"/>
        <source>Every two weeks</source>
        <translation>Elke twee weken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="219"/>
        <source>Monthly</source>
        <translation>Elke maand</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="224"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="224"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="224"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="273"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="273"/>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="273"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="284"/>
        <source>&lt;b&gt;Invoices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Facturen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="292"/>
        <source>on</source>
        <translation>op</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="297"/>
        <source>Every</source>
        <translation>Betalen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="298"/>
        <source>First instalment on *</source>
        <translation>Eerste termijn op *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="299"/>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="382"/>
        <source>Down payment</source>
        <translation>Aanbetaling</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="301"/>
        <source>&lt;b&gt;Terms&lt;/b&gt;</source>
        <translation>&lt;b&gt;Voorwaarden&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="303"/>
        <source>&lt;b&gt;Schedule&lt;/b&gt;</source>
        <translation>&lt;b&gt;Termijnen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="352"/>
        <source>Principal {principal} + interest {interest} + costs {costs} = &lt;b&gt;{total}&lt;/b&gt;</source>
        <translation>Hoofdsom {principal} + rente {interest} + kosten {costs} = &lt;b&gt;{total}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/dialogs/payment_plan.py" line="399"/>
        <source>%n instalment(s) of {amount}; the last one {last}, on {end}.</source>
        <translation>
            <numerusform>%n termijn van {amount}; de laatste {last}, op {end}.</numerusform>
            <numerusform>%n termijnen van {amount}; de laatste {last}, op {end}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneCallDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="109"/>
        <source>Phone call with {name}</source>
        <translation>Telefoongesprek met {name}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="124"/>
        <source>Reached</source>
        <translation>Gesproken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="125"/>
        <source>Not reached</source>
        <translation>Niet bereikt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="126"/>
        <source>Voicemail</source>
        <translation>Voicemail ingesproken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="127"/>
        <source>Wrong number</source>
        <translation>Verkeerd nummer</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="131"/>
        <source>No reason given</source>
        <translation>Geen reden genoemd</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="133"/>
        <source>Forgot</source>
        <translation>Vergeten</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="134"/>
        <source>Did not receive the invoice</source>
        <translation>Factuur niet ontvangen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="135"/>
        <source>Dispute about the goods or service</source>
        <translation>Geschil over de levering of dienst</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="136"/>
        <source>Cash-flow problems</source>
        <translation>Geldgebrek (liquiditeit)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="137"/>
        <source>Waiting for their own customer</source>
        <translation>Wacht op betaling van eigen klant</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="138"/>
        <source>Bankruptcy looming</source>
        <translation>Dreigend faillissement</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="139"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="144"/>
        <source>What was said</source>
        <translation>Wat er is gezegd</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="152"/>
        <source>Send the invoices again by email (marked as sent on the day of the call)</source>
        <translation>Facturen opnieuw e-mailen (als verstuurd op de dag van het gesprek)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="156"/>
        <source>Not received</source>
        <translation>Niet ontvangen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="159"/>
        <source>Email address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="162"/>
        <source>The ticked invoices will be marked disputed: no further collection steps until the dispute is resolved.</source>
        <translation>De aangevinkte facturen worden als betwist gemarkeerd: geen verdere incassostappen tot het geschil is opgelost.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="189"/>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="190"/>
        <source>No agreement</source>
        <translation>Geen afspraak</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="191"/>
        <source>Promise to pay by a new deadline</source>
        <translation>Betaalbelofte met een nieuwe uiterste datum</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="193"/>
        <source>Set up a payment plan (the plan dialog opens next)</source>
        <translation>Betalingsregeling treffen (het regelingsvenster opent hierna)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="201"/>
        <source>A one-time exception (said so on the phone)</source>
        <translation>Eenmalige uitzondering (zo gezegd aan de telefoon)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="206"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="208"/>
        <source>New deadline</source>
        <translation>Nieuwe uiterste datum</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="222"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="223"/>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="224"/>
        <source>When *</source>
        <translation>Wanneer *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="225"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="226"/>
        <source>Reason given</source>
        <translation>Opgegeven reden</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="227"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="229"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {phone}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {phone}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="230"/>
        <source>no number known</source>
        <translation>geen nummer bekend</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="236"/>
        <source>&lt;b&gt;Invoices discussed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Besproken facturen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/phone_call.py" line="240"/>
        <source>This client has no open invoices.</source>
        <translation>Deze klant heeft geen openstaande facturen.</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/plan_actions.py" line="28"/>
        <source>Signed copy received</source>
        <translation>Getekend exemplaar ontvangen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/plan_actions.py" line="29"/>
        <source>On which day did the signed payment plan come back?</source>
        <translation>Op welke dag kwam de getekende betalingsregeling terug?</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/plan_actions.py" line="44"/>
        <source>Payment plan broken</source>
        <translation>Betalingsregeling verbroken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/plan_actions.py" line="45"/>
        <source>The whole remaining amount becomes due and the invoices go back to the usual collection steps.</source>
        <translation>Het hele resterende bedrag wordt direct opeisbaar en de facturen gaan terug naar de gewone incassostappen.</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/privacy_actions.py" line="73"/>
        <source>Privacy (GDPR)</source>
        <translation>Privacy (AVG)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/privacy_actions.py" line="76"/>
        <source>Export data (GDPR)…</source>
        <translation>Gegevens exporteren (AVG)…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/privacy_actions.py" line="78"/>
        <source>Everything held on this client in one ZIP: data, CSV tables and letters</source>
        <translation>Alles wat over deze klant is vastgelegd in één ZIP: gegevens, CSV-tabellen en brieven</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/privacy_actions.py" line="80"/>
        <source>Erase client (GDPR)…</source>
        <translation>Klant wissen (AVG)…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/privacy_actions.py" line="82"/>
        <source>Erase the personal data; the amounts and dates stay for the bookkeeping</source>
        <translation>Wis de persoonsgegevens; de bedragen en datums blijven voor de boekhouding</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/privacy_actions.py" line="93"/>
        <source>Export data (GDPR)</source>
        <translation>Gegevens exporteren (AVG)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/privacy_actions.py" line="94"/>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-bestanden (*.zip)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/privacy_actions.py" line="110"/>
        <source>Data exported</source>
        <translation>Gegevens geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/privacy_actions.py" line="111"/>
        <source>Everything held on this client is saved as
%1</source>
        <translation>Alles wat over deze klant is vastgelegd, is opgeslagen als
%1</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/privacy_actions.py" line="132"/>
        <source>Erase client (GDPR)</source>
        <translation>Klant wissen (AVG)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/privacy_actions.py" line="148"/>
        <source>Client erased</source>
        <translation>Klant gewist</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/i18n.py" line="30"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/i18n.py" line="31"/>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/i18n.py" line="32"/>
        <source>Double Sided Printing</source>
        <translation>Dubbelzijdig afdrukken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/i18n.py" line="33"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/i18n.py" line="34"/>
        <source>Long side binding</source>
        <translation>Binden aan de lange zijde</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/i18n.py" line="35"/>
        <source>Short side binding</source>
        <translation>Binden aan de korte zijde</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/i18n.py" line="36"/>
        <source>Page &amp;Set:</source>
        <translation>Pagina&amp;set:</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/rate_dialog.py" line="57"/>
        <source>Add an interest rate</source>
        <translation>Rentepercentage toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/rate_dialog.py" line="72"/>
        <source>e.g. Besluit wettelijke rente, Stb. 2026, 123</source>
        <translation>bijv. Besluit wettelijke rente, Stb. 2026, 123</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/rate_dialog.py" line="79"/>
        <source>Kind *</source>
        <translation>Soort *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/rate_dialog.py" line="80"/>
        <source>From *</source>
        <translation>Vanaf *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/rate_dialog.py" line="81"/>
        <source>Rate *</source>
        <translation>Percentage *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/rate_dialog.py" line="82"/>
        <source>Source *</source>
        <translation>Bron *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/rate_dialog.py" line="86"/>
        <source>Rates change on 1 January and 1 July. The consumer rate is set by decree (wetten.overheid.nl); the commercial rate is the ECB main refinancing rate plus 8 points (art. 6:120 lid 2 BW). A rate you add counts as unverified until you mark it verified.</source>
        <translation>De rente wijzigt op 1 januari en 1 juli. De wettelijke rente voor consumenten wordt bij besluit vastgesteld (wetten.overheid.nl); de handelsrente is de herfinancieringsrente van de ECB plus 8 procentpunten (art. 6:120 lid 2 BW). Een percentage dat u toevoegt geldt als niet geverifieerd tot u het als geverifieerd markeert.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/rate_dialog.py" line="114"/>
        <source>Rates normally change on 1 January and 1 July.</source>
        <translation>De rente wijzigt normaal op 1 januari en 1 juli.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/rate_dialog.py" line="118"/>
        <source>This replaces the rate of {rate} from {day}.</source>
        <translation>Dit vervangt het percentage van {rate} vanaf {day}.</translation>
    </message>
</context>
<context>
    <name>RateModel</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/rates_dialog.py" line="65"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/rates_dialog.py" line="65"/>
        <source>no — check it</source>
        <translation>nee — controleer het</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/rates_dialog.py" line="72"/>
        <source>you</source>
        <translation>u</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/rates_dialog.py" line="72"/>
        <source>shipped with the app</source>
        <translation>meegeleverd</translation>
    </message>
</context>
<context>
    <name>Rates</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/rate_dialog.py" line="34"/>
        <source>Statutory interest (consumers, art. 6:119 BW)</source>
        <translation>Wettelijke rente (consumenten, art. 6:119 BW)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/rate_dialog.py" line="35"/>
        <source>Commercial interest (businesses, art. 6:119a BW)</source>
        <translation>Handelsrente (bedrijven, art. 6:119a BW)</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/rates_dialog.py" line="102"/>
        <source>Statutory interest rates</source>
        <translation>Wettelijke rente</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/rates_dialog.py" line="113"/>
        <source>The rates the app calculates statutory interest with. They change on 1 January and 1 July. A rate marked unverified could not be confirmed from an official source: check it against the decree on wetten.overheid.nl (consumers) or the ECB rate plus 8 points (businesses), correct it if needed by adding a rate from the same day, and mark it verified.</source>
        <translation>De percentages waarmee het programma de wettelijke rente berekent. Ze wijzigen op 1 januari en 1 juli. Een percentage dat niet geverifieerd is, kon niet uit een officiële bron worden bevestigd: controleer het aan het besluit op wetten.overheid.nl (consumenten) of aan de ECB-rente plus 8 procentpunten (bedrijven), corrigeer het zo nodig door een percentage vanaf dezelfde dag toe te voegen, en markeer het als geverifieerd.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/rates_dialog.py" line="130"/>
        <source>Add a rate…</source>
        <translation>Percentage toevoegen…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/rates_dialog.py" line="131"/>
        <source>Mark as verified</source>
        <translation>Markeren als geverifieerd</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/rates_dialog.py" line="133"/>
        <source>You checked this rate against the decree or the ECB rate</source>
        <translation>U hebt dit percentage gecontroleerd aan het besluit of de ECB-rente</translation>
    </message>
</context>
<context>
    <name>ReminderBatchDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/batch_dialog.py" line="72"/>
        <source>First reminders due today</source>
        <translation>Eerste herinneringen van vandaag</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/batch_dialog.py" line="77"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/batch_dialog.py" line="77"/>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/batch_dialog.py" line="78"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/batch_dialog.py" line="115"/>
        <source>Records that you checked that these invoices went out and reached the client (the selected lines, or all when none is selected); then their reminders are offered.</source>
        <translation>Legt vast dat u hebt gecontroleerd dat deze facturen zijn verstuurd en bij de klant zijn aangekomen (de geselecteerde regels, of alle als er geen is geselecteerd); daarna worden hun herinneringen aangeboden.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/batch_dialog.py" line="123"/>
        <source>Select all</source>
        <translation>Alles aanvinken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/batch_dialog.py" line="124"/>
        <source>Select none</source>
        <translation>Niets aanvinken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/batch_dialog.py" line="134"/>
        <source>Untick a client to leave the reminder out. Nothing is made until you click the button below.</source>
        <translation>Vink een klant uit om de herinnering over te slaan. Er wordt niets gemaakt voordat u op de knop hieronder klikt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/letters/batch_dialog.py" line="141"/>
        <source>Also an e-mail draft for each client with an e-mail address (%n)</source>
        <translation>
            <numerusform>Ook een e-mailconcept voor elke klant met een e-mailadres (%n)</numerusform>
            <numerusform>Ook een e-mailconcept voor elke klant met een e-mailadres (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/batch_dialog.py" line="150"/>
        <source>&lt;b&gt;Not made or left out&lt;/b&gt;</source>
        <translation>&lt;b&gt;Niet gemaakt of weggelaten&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/letters/batch_dialog.py" line="170"/>
        <source>Correct, it was sent (%n)…</source>
        <translation>
            <numerusform>Klopt, verstuurd (%n)…</numerusform>
            <numerusform>Klopt, verstuurd (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/batch_dialog.py" line="184"/>
        <source>Record that you checked that these invoices went out correctly and reached the client? {invoices} of {clients}: {numbers}.

An invoice not marked as sent is then marked as sent on its invoice date (correct the invoice if it went out later). Then the list is read again, with their reminders.</source>
        <translation>Vastleggen dat u hebt gecontroleerd dat deze facturen goed zijn verstuurd en bij de klant zijn aangekomen? {invoices} van {clients}: {numbers}.

Een factuur die niet als verstuurd staat, wordt dan als verstuurd gemarkeerd op de factuurdatum (pas de factuur aan als die later is verstuurd). Daarna wordt de lijst opnieuw gelezen, met hun herinneringen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/letters/batch_dialog.py" line="189"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factuur</numerusform>
            <numerusform>%n facturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/letters/batch_dialog.py" line="190"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n klant</numerusform>
            <numerusform>%n klanten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/batch_dialog.py" line="193"/>
        <source>Correct, it was sent</source>
        <translation>Klopt, verstuurd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/letters/batch_dialog.py" line="205"/>
        <source>Make %n reminder(s)</source>
        <translation>
            <numerusform>%n herinnering maken</numerusform>
            <numerusform>%n herinneringen maken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResolveDisputeDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/dispute_dialog.py" line="135"/>
        <source>Resolve dispute</source>
        <translation>Geschil afhandelen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/dispute_dialog.py" line="142"/>
        <source>Client is right: credit note for {amount}</source>
        <translation>Klant heeft gelijk: creditnota voor {amount}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/dispute_dialog.py" line="145"/>
        <source>Client is right: write off {amount}</source>
        <translation>Klant heeft gelijk: {amount} afboeken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/dispute_dialog.py" line="148"/>
        <source>Dispute rejected: the invoice goes back into collection</source>
        <translation>Betwisting afgewezen: de factuur gaat terug in de incasso</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/dispute_dialog.py" line="169"/>
        <source>Resolved on *</source>
        <translation>Afgehandeld op *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/dispute_dialog.py" line="173"/>
        <source>Outcome *</source>
        <translation>Uitkomst *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/dispute_dialog.py" line="174"/>
        <source>Credit note number</source>
        <translation>Nummer creditnota</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/dispute_dialog.py" line="175"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/dispute_dialog.py" line="180"/>
        <source>Disputed since {date}</source>
        <translation>Betwist sinds {date}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/dispute_dialog.py" line="207"/>
        <source>The note is the reason for the write-off (required).</source>
        <translation>De notitie is de reden van de afboeking (verplicht).</translation>
    </message>
</context>
<context>
    <name>RetentionCommands</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/privacy_actions.py" line="159"/>
        <source>Anonymise old clients…</source>
        <translation>Oude klanten anonimiseren…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/privacy_actions.py" line="162"/>
        <source>Closed clients whose last invoice is older than the retention period</source>
        <translation>Afgesloten klanten van wie de laatste factuur ouder is dan de bewaartermijn</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/retention_dialog.py" line="47"/>
        <source>Anonymise old clients</source>
        <translation>Oude klanten anonimiseren</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/retention_dialog.py" line="55"/>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/retention_dialog.py" line="56"/>
        <source>&amp;Retention period:</source>
        <translation>&amp;Bewaartermijn:</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/retention_dialog.py" line="60"/>
        <source>At least %1 years: the books must be kept that long (art. 52 AWR, art. 2:10 BW). A change is remembered for this book.</source>
        <translation>Minstens %1 jaar: zo lang moet de boekhouding worden bewaard (art. 52 AWR, art. 2:10 BW). Een wijziging wordt voor dit boek onthouden.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/retention_dialog.py" line="124"/>
        <source>Clients with nothing open whose last invoice is more than %1 years old. Their personal data may go (art. 17 GDPR); the amounts and dates stay in the books. A backup is made first.</source>
        <translation>Klanten zonder openstaande posten van wie de laatste factuur meer dan %1 jaar oud is. Hun persoonsgegevens mogen weg (art. 17 AVG); de bedragen en datums blijven in de boekhouding. Eerst wordt een back-up gemaakt.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/retention_dialog.py" line="131"/>
        <source>no invoices</source>
        <translation>geen facturen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/retention_dialog.py" line="134"/>
        <source>last invoice %1</source>
        <translation>laatste factuur %1</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/retention_dialog.py" line="69"/>
        <source>There are no clients to anonymise.</source>
        <translation>Er zijn geen klanten om te anonimiseren.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/retention_dialog.py" line="71"/>
        <source>I understand that their personal data are erased for good</source>
        <translation>Ik begrijp dat hun persoonsgegevens voorgoed worden gewist</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/retention_dialog.py" line="92"/>
        <source>Anonymise</source>
        <translation>Anonimiseren</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="124"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="127"/>
        <source>Company name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="128"/>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="129"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="130"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="131"/>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="132"/>
        <source>VAT number (BTW-id)</source>
        <translation>Btw-id</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="133"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="134"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="135"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="136"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="137"/>
        <source>BIC (optional)</source>
        <translation>BIC (optioneel)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="138"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="139"/>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="140"/>
        <source>Position</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="141"/>
        <source>Scanned signature</source>
        <translation>Gescande handtekening</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="174"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="175"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="177"/>
        <source>Book</source>
        <translation>Boek</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="188"/>
        <source>Welcome! Your company details go on every letter and reminder. You can change them later under File › Settings.</source>
        <translation>Welkom! Uw bedrijfsgegevens komen op elke brief en herinnering. U kunt ze later wijzigen onder Bestand › Instellingen.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="202"/>
        <source>Payment term</source>
        <translation>Betaaltermijn</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="205"/>
        <source>A payment term printed only on the invoice is no fatal term: a private customer is then in default, and owes interest, only after a reminder with a new term has run out.</source>
        <translation>Een betaaltermijn die alleen op de factuur staat, is geen fatale termijn: een particuliere klant is dan pas in verzuim, en pas dan rente verschuldigd, als een herinnering met een nieuwe termijn is verlopen.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="212"/>
        <source>The term is only on my invoices (usual; the safe choice)</source>
        <translation>De termijn staat alleen op mijn facturen (gebruikelijk; de veilige keuze)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="215"/>
        <source>The term was expressly agreed as a fatal term (e.g. in signed terms)</source>
        <translation>De termijn is uitdrukkelijk als fatale termijn afgesproken (bijv. in ondertekende voorwaarden)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="233"/>
        <source>Mail server…</source>
        <translation>Mailserver…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="242"/>
        <source>Sent through %1</source>
        <translation>Versturen via %1</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="244"/>
        <source>Drafts for your own mail program</source>
        <translation>Concepten voor uw eigen mailprogramma</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="263"/>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="276"/>
        <source>On this PC</source>
        <translation>Op deze pc</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="278"/>
        <source>On the server %1, database %2</source>
        <translation>Op de server %1, database %2</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="283"/>
        <source>After OK: %1</source>
        <translation>Na OK: %1</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="298"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="305"/>
        <source>Choose an image</source>
        <translation>Kies een afbeelding</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/settings_dialog.py" line="305"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SetupBanner</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/setup_banner.py" line="18"/>
        <source>Your company details are still missing. They head every letter.</source>
        <translation>Uw bedrijfsgegevens ontbreken nog. Die staan boven elke brief.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/setup_banner.py" line="20"/>
        <source>Fill in company details…</source>
        <translation>Bedrijfsgegevens invullen…</translation>
    </message>
</context>
<context>
    <name>SmtpDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/smtp_dialog.py" line="46"/>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/smtp_dialog.py" line="50"/>
        <source>e.g. smtp.example.nl (empty: drafts only)</source>
        <translation>bijv. smtp.voorbeeld.nl (leeg: alleen concepten)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/smtp_dialog.py" line="57"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meestal poort 587)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/smtp_dialog.py" line="58"/>
        <source>TLS (usually port 465)</source>
        <translation>TLS (meestal poort 465)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/smtp_dialog.py" line="59"/>
        <source>None (not recommended)</source>
        <translation>Geen (niet aan te raden)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/smtp_dialog.py" line="68"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/smtp_dialog.py" line="70"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/smtp_dialog.py" line="76"/>
        <source>Optional. Without a mail server, a letter becomes an e-mail draft that opens in your own mail program. The password is kept in your computer&apos;s password store, not in the book.</source>
        <translation>Niet verplicht. Zonder mailserver wordt een brief een e-mailconcept dat in uw eigen mailprogramma opent. Het wachtwoord wordt bewaard in de wachtwoordkluis van uw computer, niet in het boek.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/smtp_dialog.py" line="82"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/smtp_dialog.py" line="83"/>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/smtp_dialog.py" line="84"/>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/smtp_dialog.py" line="85"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/smtp_dialog.py" line="86"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/smtp_dialog.py" line="132"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/smtp_dialog.py" line="137"/>
        <source>The connection works.</source>
        <translation>De verbinding werkt.</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/snooze_dialog.py" line="28"/>
        <source>Snooze step</source>
        <translation>Stap uitstellen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/snooze_dialog.py" line="32"/>
        <source>“{step}” leaves the list until the day you choose and comes back on that day. The snooze and its reason show on the client&apos;s timeline.</source>
        <translation>“{step}” verdwijnt uit de lijst tot de dag die u kiest en staat er op die dag weer in. Het uitstel en de reden ziet u in de tijdlijn van de klant.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/snooze_dialog.py" line="42"/>
        <source>e.g. the client pays after the holidays</source>
        <translation>bijv. de klant betaalt na de vakantie</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/snooze_dialog.py" line="47"/>
        <source>Back on *</source>
        <translation>Terug op *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/snooze_dialog.py" line="48"/>
        <source>Reason *</source>
        <translation>Reden *</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/split_dialog.py" line="24"/>
        <source>Split over invoices</source>
        <translation>Verdelen over facturen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/split_dialog.py" line="29"/>
        <source>Allocate oldest first</source>
        <translation>Oudste eerst toewijzen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/split_dialog.py" line="31"/>
        <source>{amount} from &lt;b&gt;{client}&lt;/b&gt;</source>
        <translation>{amount} van &lt;b&gt;{client}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/split_dialog.py" line="41"/>
        <source>This client has no open invoices.</source>
        <translation>Deze klant heeft geen openstaande facturen.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/split_dialog.py" line="60"/>
        <source>Allocated: {allocated}</source>
        <translation>Toegewezen: {allocated}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/split_dialog.py" line="62"/>
        <source>stays as credit: {credit}</source>
        <translation>blijft als tegoed: {credit}</translation>
    </message>
</context>
<context>
    <name>StatementWarning</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/statement_check.py" line="30"/>
        <source>No bank statement has been read yet — a reminder for an invoice that was paid yesterday costs goodwill. Read the statement first?</source>
        <translation>Er is nog geen bankafschrift ingelezen — een herinnering voor een factuur die gisteren is betaald kost goodwill. Eerst het afschrift inlezen?</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/statement_check.py" line="34"/>
        <source>The last bank statement is from %1 — a reminder for an invoice that was paid yesterday costs goodwill. Read the statement first?</source>
        <translation>Het laatste bankafschrift is van %1 — een herinnering voor een factuur die gisteren is betaald kost goodwill. Eerst het afschrift inlezen?</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/statement_check.py" line="41"/>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/table_panel.py" line="147"/>
        <source>Nothing found for “{text}”.</source>
        <translation>Niets gevonden voor “{text}”.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/table_panel.py" line="150"/>
        <source>Nothing matches the chosen filters.</source>
        <translation>Niets voldoet aan de gekozen filters.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/table_panel.py" line="281"/>
        <source>Fit columns to the window</source>
        <translation>Kolommen passend maken voor het venster</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/template_editor.py" line="38"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/template_editor.py" line="39"/>
        <source>Opening</source>
        <translation>Aanhef en inleiding</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/template_editor.py" line="40"/>
        <source>Main text</source>
        <translation>Hoofdtekst</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/template_editor.py" line="41"/>
        <source>Closing text</source>
        <translation>Slottekst</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/template_editor.py" line="42"/>
        <source>Sign-off</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/template_editor.py" line="43"/>
        <source>About the phone call</source>
        <translation>Over het telefoongesprek</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/template_editor.py" line="44"/>
        <source>One-time exception</source>
        <translation>Eenmalige uitzondering</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/template_editor.py" line="54"/>
        <source>Letter texts</source>
        <translation>Briefteksten</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/template_editor.py" line="60"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/template_editor.py" line="61"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/template_editor.py" line="70"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/template_editor.py" line="71"/>
        <source>Restore the standard text</source>
        <translation>Standaardtekst terugzetten</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/template_editor.py" line="72"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/template_editor.py" line="75"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/template_editor.py" line="77"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/template_editor.py" line="127"/>
        <source>You can use: %1</source>
        <translation>U kunt gebruiken: %1</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/template_editor.py" line="134"/>
        <source>Your own text</source>
        <translation>Uw eigen tekst</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/template_editor.py" line="134"/>
        <source>Standard text</source>
        <translation>Standaardtekst</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/timeline_model.py" line="37"/>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="157"/>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/timeline_model.py" line="38"/>
        <source>Payments</source>
        <translation>Betalingen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/timeline_model.py" line="39"/>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/timeline_model.py" line="40"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/timeline_model.py" line="41"/>
        <source>Promises</source>
        <translation>Betaalbeloftes</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/models/timeline_model.py" line="42"/>
        <source>Payment plans</source>
        <translation>Betalingsregelingen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="29"/>
        <source>Invoice {title} made</source>
        <translation>Factuur {title} gemaakt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="30"/>
        <source>Invoice {title} sent</source>
        <translation>Factuur {title} verstuurd</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="31"/>
        <source>Credit note {title}</source>
        <translation>Creditnota {title}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="32"/>
        <source>Invoice {title} written off</source>
        <translation>Factuur {title} afgeboekt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="33"/>
        <source>Payment received</source>
        <translation>Betaling ontvangen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="35"/>
        <source>Letter: {title}</source>
        <translation>Brief: {title}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="36"/>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="37"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="38"/>
        <source>Letter (noted)</source>
        <translation>Brief (genoteerd)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="39"/>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_view.py" line="56"/>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="40"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="41"/>
        <source>Handed over for collection</source>
        <translation>Uit handen gegeven</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="42"/>
        <source>Promise to pay by {title}</source>
        <translation>Betaalbelofte voor {title}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="43"/>
        <source>Promise kept</source>
        <translation>Belofte nagekomen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="44"/>
        <source>Promise broken</source>
        <translation>Belofte gebroken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="45"/>
        <source>Promise cancelled</source>
        <translation>Belofte vervallen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="46"/>
        <source>Payment plan made</source>
        <translation>Betalingsregeling gemaakt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="47"/>
        <source>Instalment {title} due</source>
        <translation>Termijn {title} vervalt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="48"/>
        <source>Instalment {title} paid</source>
        <translation>Termijn {title} betaald</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="55"/>
        <source>Down payment due</source>
        <translation>Aanbetaling vervalt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="56"/>
        <source>Down payment paid</source>
        <translation>Aanbetaling betaald</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="72"/>
        <source>reached</source>
        <translation>bereikt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="73"/>
        <source>not reached</source>
        <translation>niet bereikt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="74"/>
        <source>voicemail</source>
        <translation>voicemail</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="75"/>
        <source>wrong number</source>
        <translation>verkeerd nummer</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="78"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="79"/>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="80"/>
        <source>registered post</source>
        <translation>aangetekend</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="81"/>
        <source>portal</source>
        <translation>portaal</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="82"/>
        <source>by hand</source>
        <translation>persoonlijk</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="62"/>
        <source>reminder</source>
        <translation>herinnering</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="63"/>
        <source>second reminder</source>
        <translation>tweede herinnering</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="64"/>
        <source>confirmation of agreement</source>
        <translation>bevestiging van afspraak</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="67"/>
        <source>payment plan agreement</source>
        <translation>betalingsregeling</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="68"/>
        <source>14-day letter</source>
        <translation>14-dagenbrief</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="69"/>
        <source>final demand</source>
        <translation>sommatie</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="85"/>
        <source>payment reference</source>
        <translation>betalingskenmerk</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="86"/>
        <source>invoice number in the description</source>
        <translation>factuurnummer in de omschrijving</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="87"/>
        <source>payer and amount</source>
        <translation>betaler en bedrag</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="88"/>
        <source>invoice number with a typing error, amount agrees</source>
        <translation>factuurnummer met een tikfout, bedrag klopt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="91"/>
        <source>confirmed by you</source>
        <translation>door u bevestigd</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="140"/>
        <source>collection agency</source>
        <translation>incassobureau</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="141"/>
        <source>bailiff</source>
        <translation>gerechtsdeurwaarder</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="142"/>
        <source>lawyer</source>
        <translation>advocaat</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="168"/>
        <source>Payment plan of</source>
        <translation>Betalingsregeling van</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="169"/>
        <source>Disputed because</source>
        <translation>Betwist omdat</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="170"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="171"/>
        <source>Disputed since</source>
        <translation>Betwist sinds</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="172"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="233"/>
        <source>for {invoices}</source>
        <translation>voor {invoices}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="235"/>
        <source>(credit)</source>
        <translation>(tegoed)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="238"/>
        <source>on invoice {number}</source>
        <translation>op factuur {number}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="148"/>
        <source>Invoice date</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="34"/>
        <source>Payment taken back by the bank</source>
        <translation>Betaling teruggeboekt (storno)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="49"/>
        <source>Invoice {title} disputed</source>
        <translation>Factuur {title} betwist</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="50"/>
        <source>Dispute about invoice {title} resolved</source>
        <translation>Geschil over factuur {title} afgehandeld</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="51"/>
        <source>Step snoozed until {title}</source>
        <translation>Stap uitgesteld tot {title}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="52"/>
        <source>Snooze lifted early</source>
        <translation>Uitstel eerder opgeheven</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="94"/>
        <source>bank transfer</source>
        <translation>overboeking</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="95"/>
        <source>cash</source>
        <translation>contant</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="96"/>
        <source>debit card</source>
        <translation>pin</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="97"/>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="107"/>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="98"/>
        <source>paid before the import (opening balance)</source>
        <translation>betaald vóór de import (beginsaldo)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="101"/>
        <source>forgot</source>
        <translation>vergeten</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="102"/>
        <source>did not receive the invoice</source>
        <translation>factuur niet ontvangen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="103"/>
        <source>dispute about the goods or service</source>
        <translation>geschil over de levering of dienst</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="104"/>
        <source>cash-flow problems</source>
        <translation>geldgebrek (liquiditeit)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="105"/>
        <source>waiting for their own customer</source>
        <translation>wacht op betaling van eigen klant</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="106"/>
        <source>bankruptcy looming</source>
        <translation>dreigend faillissement</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="110"/>
        <source>weekly</source>
        <translation>wekelijks</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="111"/>
        <source>every two weeks</source>
        <translation>elke twee weken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="112"/>
        <source>monthly</source>
        <translation>maandelijks</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="115"/>
        <source>waiting for the signed copy</source>
        <translation>wacht op het ondertekende exemplaar</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="116"/>
        <source>running</source>
        <translation>loopt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="117"/>
        <source>paid in full</source>
        <translation>helemaal betaald</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="118"/>
        <source>broken: the rest is due at once</source>
        <translation>verbroken: het restant is direct opeisbaar</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="119"/>
        <source>replaced by a new plan</source>
        <translation>vervangen door een nieuwe regeling</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="122"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="123"/>
        <source>kept</source>
        <translation>nagekomen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="124"/>
        <source>not kept</source>
        <translation>niet nagekomen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="125"/>
        <source>cancelled</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="128"/>
        <source>goods or service not received</source>
        <translation>goederen of dienst niet ontvangen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="129"/>
        <source>quality of the goods or work</source>
        <translation>kwaliteit van de goederen of het werk</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="130"/>
        <source>the amount is wrong</source>
        <translation>het bedrag klopt niet</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="131"/>
        <source>not ordered</source>
        <translation>niet besteld</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="132"/>
        <source>other reason</source>
        <translation>andere reden</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="135"/>
        <source>upheld, credit note made</source>
        <translation>toegekend, creditnota gemaakt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="136"/>
        <source>upheld, written off</source>
        <translation>toegekend, afgeboekt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="137"/>
        <source>rejected, back in collection</source>
        <translation>afgewezen, terug in de incasso</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="149"/>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="150"/>
        <source>Sent by</source>
        <translation>Verstuurd per</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="151"/>
        <source>Sent to</source>
        <translation>Verstuurd aan</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="152"/>
        <source>Paid by</source>
        <translation>Betaald per</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="153"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="154"/>
        <source>Account</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="155"/>
        <source>Matched by</source>
        <translation>Gekoppeld op</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="156"/>
        <source>Bank&apos;s reason code</source>
        <translation>Redencode terugboeking</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="158"/>
        <source>Left as credit</source>
        <translation>Als tegoed gebleven</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="159"/>
        <source>Tracking number</source>
        <translation>Zendingsnummer</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="160"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="161"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="162"/>
        <source>Spoke to</source>
        <translation>Gesproken met</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="163"/>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="164"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="165"/>
        <source>Promised by</source>
        <translation>Beloofd voor</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="166"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_words.py" line="167"/>
        <source>Frequency</source>
        <translation>Frequentie</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_view.py" line="49"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_view.py" line="52"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/timeline_view.py" line="85"/>
        <source>Show:</source>
        <translation>Toon:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/timeline_view.py" line="127"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n gebeurtenis</numerusform>
            <numerusform>%n gebeurtenissen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/timeline_view.py" line="129"/>
        <source>{shown} of %n event(s)</source>
        <translation>
            <numerusform>{shown} van %n gebeurtenis</numerusform>
            <numerusform>{shown} van %n gebeurtenissen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoSlot</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/undo.py" line="29"/>
        <location filename="../../src/debiteur_desk/ui/undo.py" line="74"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/undo.py" line="34"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/undo.py" line="74"/>
        <source>&amp;Undo: {what}</source>
        <translation>&amp;Ongedaan maken: {what}</translation>
    </message>
</context>
<context>
    <name>VatReliefDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/vat_relief_dialog.py" line="91"/>
        <source>Q{number} {year}</source>
        <translation>{number}e kwartaal {year}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/vat_relief_dialog.py" line="108"/>
        <source>VAT on bad debts</source>
        <translation>Btw op oninbare facturen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/vat_relief_dialog.py" line="120"/>
        <source>The VAT on an invoice that is not paid comes back: once you write it off, and at the latest a year after its due date. Claim it in the VAT return of the period it falls in. If the customer pays after all, the VAT on that payment is owed again in the period it comes in (art. 29 Wet OB 1968).</source>
        <translation>De btw op een factuur die niet betaald wordt, krijgt u terug: zodra u haar afboekt, en uiterlijk een jaar na de vervaldatum. Vraag haar terug in de btw-aangifte over het tijdvak waarin die dag valt. Betaalt de klant later toch, dan is de btw over die betaling weer verschuldigd in het tijdvak waarin het geld binnenkomt (art. 29 Wet OB 1968).</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/vat_relief_dialog.py" line="130"/>
        <source>VAT period</source>
        <translation>Btw-tijdvak</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/vat_relief_dialog.py" line="148"/>
        <source>Reading…</source>
        <translation>Bezig met lezen…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/vat_relief_dialog.py" line="162"/>
        <source>To reclaim {reclaim} · owed again {again} · balance {balance}</source>
        <translation>Terug te vragen {reclaim} · weer verschuldigd {again} · per saldo {balance}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/vat_relief_dialog.py" line="168"/>
        <source>Nothing to reclaim or owe again in this period.</source>
        <translation>In dit tijdvak is er niets terug te vragen of weer verschuldigd.</translation>
    </message>
</context>
<context>
    <name>VatReliefModel</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/vat_relief_dialog.py" line="67"/>
        <source>reclaim</source>
        <translation>terugvragen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/vat_relief_dialog.py" line="67"/>
        <source>paid after all</source>
        <translation>toch betaald</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="36"/>
        <source>New &amp;invoice…</source>
        <translation>Nieuwe &amp;factuur…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="37"/>
        <source>Add an invoice (Ctrl+N)</source>
        <translation>Een factuur toevoegen (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="40"/>
        <source>New &amp;client…</source>
        <translation>Nieuwe &amp;klant…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="41"/>
        <source>Add a client (Ctrl+Shift+N)</source>
        <translation>Een klant toevoegen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="44"/>
        <source>Record &amp;payment…</source>
        <translation>&amp;Betaling boeken…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="45"/>
        <source>Record a payment from the selected client (Ctrl+B)</source>
        <translation>Een betaling van de gekozen klant boeken (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="48"/>
        <source>&amp;Open client</source>
        <translation>Klant &amp;openen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="49"/>
        <source>Show the selected client&apos;s details and timeline (Enter)</source>
        <translation>Gegevens en tijdlijn van de gekozen klant tonen (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="52"/>
        <source>&amp;Delete invoice…</source>
        <translation>Factuur &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="54"/>
        <source>Delete the selected invoice (Del); you can undo it</source>
        <translation>De gekozen factuur verwijderen (Del); dit kan ongedaan worden gemaakt</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="57"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="58"/>
        <source>Print the table on screen, or save it as PDF (Ctrl+P)</source>
        <translation>De tabel op het scherm afdrukken of als PDF opslaan (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="61"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="62"/>
        <source>Company details and language</source>
        <translation>Bedrijfsgegevens en taal</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="64"/>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="66"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="67"/>
        <source>Search by name, invoice number or city (Ctrl+F)</source>
        <translation>Zoeken op naam, factuurnummer of plaats (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="70"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="71"/>
        <source>Read the book again (F5)</source>
        <translation>De administratie opnieuw inlezen (F5)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="73"/>
        <source>&amp;Clear filters</source>
        <translation>Filters &amp;wissen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="74"/>
        <source>&amp;VAT on bad debts…</source>
        <translation>&amp;Btw op oninbare facturen…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="75"/>
        <source>&amp;Statutory interest rates…</source>
        <translation>Wettelijke &amp;rente…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="76"/>
        <source>&amp;About Debiteur Desk</source>
        <translation>&amp;Over Debiteur Desk</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="84"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="88"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="94"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="100"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/actions.py" line="106"/>
        <source>Main toolbar</source>
        <translation>Werkbalk</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/commands.py" line="102"/>
        <source>Invoice {number} added.</source>
        <translation>Factuur {number} toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/commands.py" line="114"/>
        <source>Client {name} added.</source>
        <translation>Klant {name} toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/commands.py" line="139"/>
        <source>Payment of {amount} recorded.</source>
        <translation>Betaling van {amount} geboekt.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/commands.py" line="163"/>
        <source>Delete invoice</source>
        <translation>Factuur verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/commands.py" line="165"/>
        <source>Delete invoice {number} of {client} ({amount})?

Payments made on it become credit of the client. You can undo this right after.</source>
        <translation>Factuur {number} van {client} ({amount}) verwijderen?

Betalingen op deze factuur worden tegoed van de klant. U kunt dit direct daarna ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/commands.py" line="180"/>
        <source>Invoice {number} deleted.</source>
        <translation>Factuur {number} verwijderd.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/commands.py" line="182"/>
        <source>Invoice {number} is back.</source>
        <translation>Factuur {number} is terug.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/commands.py" line="238"/>
        <source>Settings saved.</source>
        <translation>Instellingen opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/commands.py" line="254"/>
        <source>As of {day}</source>
        <translation>Per {day}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/commands.py" line="257"/>
        <source>Printed.</source>
        <translation>Afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/commands.py" line="269"/>
        <source>About Debiteur Desk</source>
        <translation>Over Debiteur Desk</translation>
    </message>
</context>
<context>
    <name>WorklistCommands</name>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/worklist_commands.py" line="63"/>
        <source>Sending of %n invoice(s) checked: the reminder can go out.</source>
        <translation>
            <numerusform>Verzending van %n factuur gecontroleerd: de herinnering kan de deur uit.</numerusform>
            <numerusform>Verzending van %n facturen gecontroleerd: de herinnering kan de deur uit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/worklist_commands.py" line="82"/>
        <source>Invoice {number} changed.</source>
        <translation>Factuur {number} gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/worklist_commands.py" line="102"/>
        <source>Step snoozed until {day}.</source>
        <translation>Stap uitgesteld tot {day}.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/worklist_commands.py" line="110"/>
        <source>Snooze lifted: the step is back in the list.</source>
        <translation>Uitstel opgeheven: de stap staat weer in de lijst.</translation>
    </message>
</context>
<context>
    <name>WorklistDetail</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/worklist_detail.py" line="57"/>
        <source>Correct, it was sent</source>
        <translation>Klopt, verstuurd</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/worklist_detail.py" line="61"/>
        <source>Records that you checked how these invoices went out; one never marked as sent is marked sent on its invoice date. Then the reminder can be made.</source>
        <translation>Legt vast dat u hebt gecontroleerd hoe deze facturen zijn verstuurd; een factuur die nog niet als verstuurd stond, wordt als verstuurd op de factuurdatum gemarkeerd. Daarna kan de herinnering worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/worklist_detail.py" line="67"/>
        <source>Correct the invoice…</source>
        <translation>Factuur aanpassen…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/worklist_detail.py" line="69"/>
        <source>Snooze…</source>
        <translation>Uitstellen…</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/worklist_detail.py" line="71"/>
        <source>Lift snooze</source>
        <translation>Uitstel opheffen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/worklist_detail.py" line="73"/>
        <source>Show snoozed steps</source>
        <translation>Uitgestelde stappen tonen</translation>
    </message>
</context>
<context>
    <name>WorklistView</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/worklist_view.py" line="42"/>
        <source>To do today</source>
        <translation>Vandaag te doen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/worklist_view.py" line="45"/>
        <source>&amp;To do today</source>
        <translation>&amp;Vandaag te doen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/worklist_view.py" line="85"/>
        <source>Nothing to do for “{text}”.</source>
        <translation>Niets te doen voor “{text}”.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/worklist_view.py" line="86"/>
        <source>Nothing to do on this date.</source>
        <translation>Op deze datum is er niets te doen.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/worklist_view.py" line="90"/>
        <source>Steps to take: {count}</source>
        <translation>Te zetten stappen: {count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/worklist_view.py" line="92"/>
        <source>%n snoozed</source>
        <translation>
            <numerusform>%n uitgesteld</numerusform>
            <numerusform>%n uitgesteld</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/write_off_dialog.py" line="34"/>
        <source>Write off</source>
        <translation>Afboeken</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/write_off_dialog.py" line="43"/>
        <source>Bankruptcy</source>
        <translation>Faillissement</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/write_off_dialog.py" line="44"/>
        <source>Debt restructuring (WSNP)</source>
        <translation>Schuldsanering (WSNP)</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/write_off_dialog.py" line="45"/>
        <source>Uncollectable</source>
        <translation>Oninbaar</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/write_off_dialog.py" line="46"/>
        <source>Small remainder</source>
        <translation>Klein restant</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/write_off_dialog.py" line="47"/>
        <source>Settled in a compromise</source>
        <translation>Geschikt via een schikking</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/write_off_dialog.py" line="50"/>
        <source>Choose or type a reason</source>
        <translation>Kies of typ een reden</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/write_off_dialog.py" line="56"/>
        <source>To be written off: {amount}</source>
        <translation>Af te boeken: {amount}</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/write_off_dialog.py" line="61"/>
        <source>Date *</source>
        <translation>Datum *</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/dialogs/write_off_dialog.py" line="62"/>
        <source>Reason *</source>
        <translation>Reden *</translation>
    </message>
</context>
<context>
    <name>_Erased</name>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/privacy_actions.py" line="53"/>
        <source>%n client(s) anonymised.</source>
        <translation>
            <numerusform>%n klant geanonimiseerd.</numerusform>
            <numerusform>%n klanten geanonimiseerd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/privacy_actions.py" line="56"/>
        <source>The backup from before is %1.</source>
        <translation>De back-up van daarvoor is %1.</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/privacy_actions.py" line="59"/>
        <source>These files could not be deleted:</source>
        <translation>Deze bestanden konden niet worden verwijderd:</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/email_actions.py" line="46"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/email_actions.py" line="53"/>
        <source>Send the letter to %1 now through your mail server, or open it as a draft in your mail program?</source>
        <translation>De brief nu via uw mailserver naar %1 versturen, of als concept openen in uw mailprogramma?</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/email_actions.py" line="55"/>
        <source>Send now</source>
        <translation>Nu versturen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/email_actions.py" line="56"/>
        <source>Open as draft</source>
        <translation>Als concept openen</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/email_actions.py" line="71"/>
        <source>Has the e-mail been sent?</source>
        <translation>Is de e-mail verstuurd?</translation>
    </message>
    <message>
        <location filename="../../src/debiteur_desk/ui/letters/email_actions.py" line="72"/>
        <source>Have the %1 e-mails been sent?</source>
        <translation>Zijn de %1 e-mails verstuurd?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/debiteur_desk/ui/letters/email_actions.py" line="86"/>
        <source>%n e-mail draft(s) saved beside the letters. Open in your mail program now?</source>
        <translation>
            <numerusform>%n e-mailconcept bewaard naast de brief. Nu openen in uw mailprogramma?</numerusform>
            <numerusform>%n e-mailconcepten bewaard naast de brieven. Nu openen in uw mailprogramma?</numerusform>
        </translation>
    </message>
</context>
</TS>
