<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>NumberInput</name>
        <message>
            <source>A number from {low} to {high}. Up/Down: {step} more or less.</source>
            <translation>Ett tal från {low} till {high}. Upp/Ned: {step} mer eller mindre.</translation>
        </message>
    </context>
</TS>
