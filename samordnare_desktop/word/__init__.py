"""Word documents (python-docx): the reports, finished by hand in Word."""
