<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>sync</name>
        <message>
            <source>The exchange file {path} refers to rows this database does not have (it carries only changes since the other laptop's last sync). Sync this database with the team's server first, or import the file where those rows are. Nothing was changed.</source>
            <translation>Utbytesfilen {path} hänvisar till rader som den här databasen inte har (den innehåller bara ändringar sedan den andra datorns senaste synkronisering). Synkronisera först den här databasen med teamservern, eller importera filen där de raderna finns. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>{what}: this database already has such a record (there may be only one); the one here was kept unchanged.</source>
            <translation>{what}: den här databasen har redan en sådan post (det får bara finnas en); den som fanns här behölls oförändrad.</translation>
        </message>
        <message>
            <source>{what}: this database could not save it.</source>
            <translation>{what}: den här databasen kunde inte spara den.</translation>
        </message>
        <message numerus="yes">
            <source>Not taken from the exchange file: %n record(s).</source>
            <translation>
                <numerusform>Togs inte in från utbytesfilen: %n post.</numerusform>
                <numerusform>Togs inte in från utbytesfilen: %n poster.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… och %n till.</numerusform>
                <numerusform>… och %n till.</numerusform>
            </translation>
        </message>
        <message>
            <source>Everything else in the file was imported; nothing else was affected. What was not taken is still unchanged on the laptop that made the file: copy what you need from there.</source>
            <translation>Allt annat i filen importerades; inget annat påverkades. Det som inte togs in finns kvar oförändrat på datorn som gjorde filen: hämta det du behöver därifrån.</translation>
        </message>
        <message>
            <source>The exchange file {path} was made before the other laptop knew of a person erased here, and could bring them back. Give that laptop an exchange file from this database first (or let both sync with the team's server), then make the file again. Nothing was changed.</source>
            <translation>Utbytesfilen {path} gjordes innan den andra datorn visste att en person har raderats här, och kan föra tillbaka personen. Ge först den datorn en utbytesfil från den här databasen (eller låt båda synkronisera med teamservern) och gör sedan filen på nytt. Ingenting ändrades.</translation>
        </message>
    </context>
</TS>
