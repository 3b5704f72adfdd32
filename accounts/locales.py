"""Locale facts the site shows: emergency numbers and the words for doctors.

Pure data, no Django. DOMAIN.md: UK and US readers both come (GP / family
doctor, A&E / ER, 999 / 911 / 112); the emergency number follows the locale.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class LocaleInfo:
    code: str
    label: str
    language: str
    emergency_number: str
    urgent_care: str
    family_doctor: str
    paediatrician: str
    default_time_zone: str


LOCALES: dict[str, LocaleInfo] = {
    info.code: info
    for info in (
        LocaleInfo(
            "en-GB", "United Kingdom", "en-gb", "999", "A&E", "GP", "paediatrician", "Europe/London"
        ),
        LocaleInfo(
            "en-IE",
            "Ireland",
            "en-gb",
            "112",
            "the emergency department",
            "GP",
            "paediatrician",
            "Europe/Dublin",
        ),
        LocaleInfo(
            "en-US",
            "United States",
            "en-us",
            "911",
            "the ER",
            "family doctor",
            "pediatrician",
            "America/New_York",
        ),
        LocaleInfo(
            "en-CA",
            "Canada",
            "en-us",
            "911",
            "the emergency department",
            "family doctor",
            "pediatrician",
            "America/Toronto",
        ),
        LocaleInfo(
            "en-AU",
            "Australia",
            "en-gb",
            "000",
            "the emergency department",
            "GP",
            "paediatrician",
            "Australia/Sydney",
        ),
        LocaleInfo(
            "en-NZ",
            "New Zealand",
            "en-gb",
            "111",
            "the emergency department",
            "GP",
            "paediatrician",
            "Pacific/Auckland",
        ),
        LocaleInfo(
            "en",
            "Elsewhere (Europe: 112)",
            "en-gb",
            "112",
            "the emergency department",
            "family doctor",
            "paediatrician",
            "Europe/Brussels",
        ),
    )
}
DEFAULT_LOCALE = "en"
LOCALE_CHOICES = [(info.code, info.label) for info in LOCALES.values()]

_REGION_TO_LOCALE = {code.split("-")[1].lower(): code for code in LOCALES if "-" in code}
_REGION_TO_LOCALE["uk"] = "en-GB"


def locale_info(code: str | None) -> LocaleInfo:
    return LOCALES.get(code or DEFAULT_LOCALE, LOCALES[DEFAULT_LOCALE])


def locale_from_accept_language(header: str) -> str:
    """Best locale for a visitor without an account, from Accept-Language.

    Only the region matters (it decides the emergency number); an unknown
    region falls back to 112, which also works from most European phones.
    """
    for part in header.split(","):
        tag = part.split(";")[0].strip().lower().replace("_", "-")
        if "-" in tag:
            region = tag.split("-", 1)[1]
            if region in _REGION_TO_LOCALE:
                return _REGION_TO_LOCALE[region]
    return DEFAULT_LOCALE
