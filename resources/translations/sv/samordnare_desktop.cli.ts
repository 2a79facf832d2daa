<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>--out: give a file name.</source>
            <translation>--out: ange ett filnamn.</translation>
        </message>
        <message>
            <source>--out {path}: the file name must end in {suffixes}.</source>
            <translation>--out {path}: filnamnet måste sluta på {suffixes}.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> eller </translation>
        </message>
        <message>
            <source>--out {path} is a link that leads nowhere (a loop).</source>
            <translation>--out {path} är en länk som inte leder någonstans (en slinga).</translation>
        </message>
        <message>
            <source>--out {path} is a folder: give a file name.</source>
            <translation>--out {path} är en mapp: ange ett filnamn.</translation>
        </message>
        <message>
            <source>--out: the folder {folder} does not exist.</source>
            <translation>--out: mappen {folder} finns inte.</translation>
        </message>
        <message>
            <source>--db was given an empty path: give the path to a database file, e.g. --db samordnare.sqlite3.</source>
            <translation>--db fick en tom sökväg: ange sökvägen till en databasfil, t.ex. --db samordnare.sqlite3.</translation>
        </message>
        <message>
            <source>{path} is a folder; --db needs a database file.</source>
            <translation>{path} är en mapp; --db behöver en databasfil.</translation>
        </message>
        <message>
            <source>{path} is not a database file (it is a device or another special file).</source>
            <translation>{path} är ingen databasfil (det är en enhet eller en annan specialfil).</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist. Create it first, or give --db a file in a folder that exists. Nothing was created.</source>
            <translation>Mappen {folder} finns inte. Skapa den först, eller ge --db en fil i en mapp som finns. Ingenting skapades.</translation>
        </message>
        <message>
            <source>The disk is full (or cannot be written), so this could not be completed. Free some space and try again.</source>
            <translation>Disken är full (eller går inte att skriva till), så detta kunde inte slutföras. Frigör utrymme och försök igen.</translation>
        </message>
        <message>
            <source>Could not use {path}: {reason}.</source>
            <translation>Kunde inte använda {path}: {reason}.</translation>
        </message>
        <message>
            <source>The database {path} is read-only: the file or its folder cannot be written.</source>
            <translation>Databasen {path} är skrivskyddad: filen eller dess mapp går inte att skriva till.</translation>
        </message>
        <message>
            <source>The database {path} cannot be opened: check that its folder exists and that you may write in it.</source>
            <translation>Databasen {path} kan inte öppnas: kontrollera att mappen finns och att du får skriva i den.</translation>
        </message>
        <message>
            <source>The database {path} is damaged. Run 'python main.py check', then 'python main.py restore --latest-good'.</source>
            <translation>Databasen {path} är skadad. Kör 'python main.py check' och sedan 'python main.py restore --latest-good'.</translation>
        </message>
    </context>
</TS>
