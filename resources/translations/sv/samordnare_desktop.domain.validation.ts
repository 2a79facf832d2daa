<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>validation</name>
        <message>
            <source>This field must not be empty.</source>
            <translation>Fältet får inte vara tomt.</translation>
        </message>
        <message>
            <source>Too long: at most {max} characters.</source>
            <translation>För lång text: högst {max} tecken.</translation>
        </message>
        <message>
            <source>Not a valid e-mail address (expected name@example.se).</source>
            <translation>Ogiltig e-postadress (förväntat namn@exempel.se).</translation>
        </message>
        <message>
            <source>Not a valid phone number (digits, spaces, + - and parentheses).</source>
            <translation>Ogiltigt telefonnummer (siffror, mellanslag, + - och parenteser).</translation>
        </message>
        <message>
            <source>{time} does not exist on {day}: the clocks go forward an hour that night.</source>
            <translation>{time} finns inte den {day}: klockan ställs fram en timme den natten.</translation>
        </message>
        <message>
            <source>Type a number from {low} to {high}{unit}.</source>
            <translation>Skriv ett tal från {low} till {high}{unit}.</translation>
        </message>
        <message>
            <source>“{text}” is not a number. {range}</source>
            <translation>”{text}” är inget tal. {range}</translation>
        </message>
    </context>
</TS>
