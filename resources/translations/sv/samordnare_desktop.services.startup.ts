<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>database</name>
        <message>
            <source>Today's check found the database file damaged ({detail}). Today's backup was not taken, so the backups that can repair it are kept. Close Samordnare Desktop: at the next start it offers to restore the newest backup that passes an integrity check.</source>
            <translation>Dagens kontroll fann databasfilen skadad ({detail}). Dagens säkerhetskopia togs inte, så de säkerhetskopior som kan laga den finns kvar. Stäng Samordnare Desktop: vid nästa start erbjuds du att återställa den senaste säkerhetskopian som klarar en integritetskontroll.</translation>
        </message>
        <message>
            <source>{path} is a backup, not a database to work in: opening it would change it. Restore it with 'restore {path}', or copy it out of the backups folder first. Nothing was changed.</source>
            <translation>{path} är en säkerhetskopia, inte en databas att arbeta i: att öppna den skulle ändra den. Återställ den med 'restore {path}', eller kopiera först ut den ur mappen med säkerhetskopior. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>{count} rows point to rows that do not exist</source>
            <translation>{count} rader pekar på rader som inte finns</translation>
        </message>
        <message>
            <source>The database upgrade was stopped because it would have lost data ({detail}). Nothing was changed; the backup taken before the upgrade is in the backups folder. Please report this.</source>
            <translation>Uppgraderingen av databasen stoppades eftersom den skulle ha förlorat data ({detail}). Ingenting ändrades; säkerhetskopian från före uppgraderingen finns i mappen backups. Rapportera gärna felet.</translation>
        </message>
    </context>
</TS>
