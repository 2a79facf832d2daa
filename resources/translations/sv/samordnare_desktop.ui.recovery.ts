<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>recovery</name>
        <message>
            <source>The database cannot be opened</source>
            <translation>Databasen kan inte öppnas</translation>
        </message>
        <message>
            <source>{problem}

Restore the newest backup that passes an integrity check, from {time}? Changes made after it are lost; the damaged file is kept in the backups folder.</source>
            <translation>{problem}

Återställa den senaste säkerhetskopian som klarar en integritetskontroll, från {time}? Ändringar gjorda efter den går förlorade; den skadade filen sparas i mappen backups.</translation>
        </message>
        <message>
            <source>The backup from {time} was restored. The damaged file was kept as {path}.</source>
            <translation>Säkerhetskopian från {time} har återställts. Den skadade filen sparades som {path}.</translation>
        </message>
    </context>
</TS>
