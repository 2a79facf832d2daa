<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>database</name>
        <message>
            <source>{path} is not a Samordnare Desktop database (it belongs to another program). Nothing was changed.</source>
            <translation>{path} är inte en Samordnare Desktop-databas (den hör till ett annat program). Ingenting ändrades.</translation>
        </message>
        <message>
            <source>{path} is an empty file (0 bytes), not a Samordnare Desktop database. Nothing was changed. Give the path of your database; if this was it, run 'restore --latest-good'; to start a new database here, delete the empty file first.</source>
            <translation>{path} är en tom fil (0 byte), inte en databas för Samordnare Desktop. Ingenting ändrades. Ange sökvägen till din databas; var det den, kör 'restore --latest-good'; vill du börja en ny databas här, ta först bort den tomma filen.</translation>
        </message>
        <message>
            <source>{path} is an empty SQLite database made by another program, not a Samordnare Desktop database. Nothing was changed.</source>
            <translation>{path} är en tom SQLite-databas från ett annat program, inte en databas för Samordnare Desktop. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>{path} is one file under {count} names (hard links). It is not replaced under one name only, which would leave the others behind. Remove the other names (keep this one), then try again. Nothing was changed.</source>
            <translation>{path} är en och samma fil under {count} namn (hårda länkar). Den ersätts inte under bara ett av namnen, eftersom de andra då skulle bli kvar. Ta bort de andra namnen (behåll detta) och försök igen. Ingenting ändrades.</translation>
        </message>
    </context>
</TS>
