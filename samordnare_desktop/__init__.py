"""Samordnare Desktop: offline work tool for Sweden's national coordinator for social child and youth care."""

__version__ = "0.1.0"
APP_NAME = "Samordnare Desktop"
ORG_NAME = "Samordnare"
