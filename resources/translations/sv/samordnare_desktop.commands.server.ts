<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>Password for {server}: </source>
            <translation>Lösenord för {server}: </translation>
        </message>
        <message>
            <source>Give either --db or --server, not both.</source>
            <translation>Ange antingen --db eller --server, inte båda.</translation>
        </message>
        <message>
            <source>'{command}' works on a database file, not on the server: leave out --server.</source>
            <translation>'{command}' fungerar på en databasfil, inte på servern: utelämna --server.</translation>
        </message>
    </context>
</TS>
