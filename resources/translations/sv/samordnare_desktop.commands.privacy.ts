<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>No database at {path}.</source>
            <translation>Det finns ingen databas i {path}.</translation>
        </message>
        <message>
            <source>--out {path}: give a name without a suffix, or one ending in .pdf, .json or .txt (the copy is written as all three).</source>
            <translation>--out {path}: ange ett namn utan filändelse, eller ett som slutar på .pdf, .json eller .txt (utdraget skrivs i alla tre formaten).</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Sparad: {path}</translation>
        </message>
    </context>
    <context>
        <name>encryption</name>
        <message>
            <source>The database is encrypted and there is no terminal to ask for the passphrase. Set SAMORDNARE_PASSPHRASE (or SAMORDNARE_RECOVERY_KEY) and try again.</source>
            <translation>Databasen är krypterad och det finns ingen terminal att fråga efter lösenfrasen i. Sätt SAMORDNARE_PASSPHRASE (eller SAMORDNARE_RECOVERY_KEY) och försök igen.</translation>
        </message>
        <message>
            <source>Repeat the passphrase: </source>
            <translation>Upprepa lösenfrasen: </translation>
        </message>
        <message>
            <source>The passphrases differ. Nothing was changed.</source>
            <translation>Lösenfraserna skiljer sig åt. Inget ändrades.</translation>
        </message>
        <message>
            <source>Passphrase for the database: </source>
            <translation>Lösenfras för databasen: </translation>
        </message>
        <message>
            <source>Recovery key (shown only this once - print it or write it down and keep it apart from the computer; it opens the database if the passphrase is forgotten):</source>
            <translation>Återställningsnyckel (visas bara denna gång – skriv ut den eller skriv ner den och förvara den skild från datorn; den öppnar databasen om lösenfrasen glöms bort):</translation>
        </message>
        <message>
            <source>New passphrase (at least 8 characters): </source>
            <translation>Ny lösenfras (minst 8 tecken): </translation>
        </message>
        <message>
            <source>The database and its backups are encrypted: {path}</source>
            <translation>Databasen och dess säkerhetskopior är krypterade: {path}</translation>
        </message>
        <message>
            <source>{count} unsaved drafts in the drafts folder could not be told whose they were (from an older version, or of a database no longer in this folder); they were deleted (overwritten) so that none stays unencrypted.</source>
            <translation>{count} osparade utkast i utkastmappen gick inte att knyta till en databas (från en äldre version, eller från en databas som inte längre finns i mappen); de raderades (skrevs över) så att inget ligger kvar okrypterat.</translation>
        </message>
        <message>
            <source>The database is not encrypted.</source>
            <translation>Databasen är inte krypterad.</translation>
        </message>
        <message>
            <source>The database and its backups are no longer encrypted: {path}</source>
            <translation>Databasen och dess säkerhetskopior är inte längre krypterade: {path}</translation>
        </message>
        <message>
            <source>Set SAMORDNARE_NEW_PASSPHRASE or run in a terminal to give the new passphrase.</source>
            <translation>Sätt SAMORDNARE_NEW_PASSPHRASE eller kör i en terminal för att ange den nya lösenfrasen.</translation>
        </message>
        <message>
            <source>The passphrase was changed. The recovery key is unchanged.</source>
            <translation>Lösenfrasen är bytt. Återställningsnyckeln är oförändrad.</translation>
        </message>
    </context>
    <context>
        <name>privacy</name>
        <message>
            <source>Nothing is stored about {person}.</source>
            <translation>Inget finns lagrat om {person}.</translation>
        </message>
        <message>
            <source>Add --yes to erase without a question.</source>
            <translation>Lägg till --yes för att radera utan fråga.</translation>
        </message>
        <message>
            <source>Erase these {count} records from the database and every backup? This cannot be undone. Type yes: </source>
            <translation>Radera dessa {count} poster ur databasen och alla säkerhetskopior? Det går inte att ångra. Skriv ja: </translation>
        </message>
        <message>
            <source>Nothing was erased.</source>
            <translation>Inget raderades.</translation>
        </message>
    </context>
</TS>
