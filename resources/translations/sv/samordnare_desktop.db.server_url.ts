<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>server</name>
        <message>
            <source>No team server is given: give an address such as postgresql://USER@HOST/DATABASE.</source>
            <translation>Ingen teamserver angiven: ange en adress som postgresql://ANVÄNDARE@VÄRD/DATABAS.</translation>
        </message>
        <message>
            <source>The team server address {url} cannot be read.</source>
            <translation>Teamserverns adress {url} går inte att läsa.</translation>
        </message>
        <message>
            <source>The team server address must begin with postgresql:// (it was {url}).</source>
            <translation>Teamserverns adress ska börja med postgresql:// (den var {url}).</translation>
        </message>
        <message>
            <source>The team server address has an option the app does not use: {names}.</source>
            <translation>Teamserverns adress har ett tillval som appen inte använder: {names}.</translation>
        </message>
        <message>
            <source>The team server address names two hosts ({first} and host={second}): give one.</source>
            <translation>Teamserverns adress anger två värdar ({first} och host={second}): ange en.</translation>
        </message>
        <message>
            <source>The team server address names no host: postgresql://USER@HOST/DATABASE.</source>
            <translation>Teamserverns adress anger ingen värd: postgresql://ANVÄNDARE@VÄRD/DATABAS.</translation>
        </message>
        <message>
            <source>Refused: {server} is reached over the network, and sslmode={mode} allows an unencrypted connection. Use sslmode=verify-full (or leave it out).</source>
            <translation>Nekat: {server} nås över nätverket och sslmode={mode} tillåter en okrypterad anslutning. Använd sslmode=verify-full (eller utelämna det).</translation>
        </message>
        <message>
            <source>Unknown sslmode={mode} in the team server address.</source>
            <translation>Okänt sslmode={mode} i teamserverns adress.</translation>
        </message>
        <message>
            <source>Refused: channel_binding=disable would let someone between you and {server} relay the login. Leave the option out.</source>
            <translation>Nekat: channel_binding=disable skulle låta någon mellan dig och {server} vidarebefordra inloggningen. Utelämna tillvalet.</translation>
        </message>
    </context>
</TS>
