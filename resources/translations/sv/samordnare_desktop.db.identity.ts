<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>database</name>
        <message>
            <source>{path} is not a Samordnare Desktop database (it belongs to another program). Nothing was changed.</source>
            <translation>{path} är inte en Samordnare Desktop-databas (den hör till ett annat program). Ingenting ändrades.</translation>
        </message>
    </context>
</TS>
