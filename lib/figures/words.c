/* words.c: the compiled-in word lists of the figure finder: number words,
 * units, currencies, durations, hedges, months and the words that mark a
 * following number as part of a name. Facts, not code. */
#include <stddef.h>

#include "words.h"

/* Number and fraction words: for fractions the value is the denominator. */
const struct nf_fig_numword nf_fig_numwords[] = {
	{"billion", NW_SCALE, 1e9}, {"dozen", NW_DOZEN, 12}, {"eight", NW_UNIT, 8},
	{"eleven", NW_TEEN, 11}, {"eighteen", NW_TEEN, 18}, {"eighty", NW_TENS, 80},
	{"eighth", NW_FRAC, 8}, {"eighths", NW_FRACS, 8}, {"four", NW_UNIT, 4},
	{"five", NW_UNIT, 5}, {"fourteen", NW_TEEN, 14}, {"fifteen", NW_TEEN, 15},
	{"forty", NW_TENS, 40}, {"fifty", NW_TENS, 50}, {"fifth", NW_FRAC, 5},
	{"fifths", NW_FRACS, 5}, {"hundred", NW_HUNDRED, 100}, {"half", NW_HALF, 2},
	{"million", NW_SCALE, 1e6}, {"nine", NW_UNIT, 9}, {"nineteen", NW_TEEN, 19},
	{"ninety", NW_TENS, 90}, {"ninth", NW_FRAC, 9}, {"ninths", NW_FRACS, 9},
	{"one", NW_UNIT, 1}, {"quarter", NW_FRAC, 4}, {"quarters", NW_FRACS, 4},
	{"six", NW_UNIT, 6}, {"seven", NW_UNIT, 7}, {"sixteen", NW_TEEN, 16},
	{"seventeen", NW_TEEN, 17}, {"sixty", NW_TENS, 60},
	{"seventy", NW_TENS, 70}, {"sixth", NW_FRAC, 6}, {"seventh", NW_FRAC, 7},
	{"sixths", NW_FRACS, 6}, {"sevenths", NW_FRACS, 7}, {"two", NW_UNIT, 2},
	{"three", NW_UNIT, 3}, {"ten", NW_TEEN, 10}, {"twelve", NW_TEEN, 12},
	{"thirteen", NW_TEEN, 13}, {"twenty", NW_TENS, 20}, {"thirty", NW_TENS, 30},
	{"thousand", NW_SCALE, 1e3}, {"trillion", NW_SCALE, 1e12},
	{"third", NW_FRAC, 3}, {"tenth", NW_FRAC, 10}, {"thirds", NW_FRACS, 3},
	{"tenths", NW_FRACS, 10}, {"zero", NW_UNIT, 0},
	/* "nought" and "naught" are British zeros; "fourth" is a fraction
	 * only where a fraction can stand ("one-fourth", "a fourth of") */
	{"nought", NW_UNIT, 0}, {"naught", NW_UNIT, 0},
	{"fourth", NW_FRAC, 4}, {"fourths", NW_FRACS, 4},
	{"hundredth", NW_FRAC, 100}, {"hundredths", NW_FRACS, 100},
	{"thousandth", NW_FRAC, 1000}, {"thousandths", NW_FRACS, 1000},
	{"twentieth", NW_FRAC, 20}, {"twentieths", NW_FRACS, 20},
	{"thirtieth", NW_FRAC, 30}, {"thirtieths", NW_FRACS, 30},
	{"fortieth", NW_FRAC, 40}, {"fiftieth", NW_FRAC, 50},
	{"sixtieth", NW_FRAC, 60}, {"seventieth", NW_FRAC, 70},
	{"eightieth", NW_FRAC, 80}, {"ninetieth", NW_FRAC, 90},
	/* Indian scales, after a number: "three lakh", "1 crore" */
	{"lakh", NW_SCALE, 1e5}, {"lakhs", NW_SCALE, 1e5},
	{"crore", NW_SCALE, 1e7}, {"crores", NW_SCALE, 1e7},
	/* "3 dozens", "five dozs": plural and shortened dozens after a number
	 * ("dozens" alone is vague and no figure) */
	{"dozens", NW_DOZEN, 12}, {"doz", NW_DOZEN, 12}, {"dozs", NW_DOZEN, 12},
	{"dzs", NW_DOZEN, 12},
	{NULL, 0, 0}
};

/* Magnitudes after a number: spelled, or abbreviated as in "$5bn". */
const struct nf_fig_word nf_fig_magnitudes[] = {
	{"thousand", NULL, 1e3}, {"million", NULL, 1e6}, {"billion", NULL, 1e9},
	{"trillion", NULL, 1e12}, {"hundred", NULL, 100},
	{"mn", NULL, 1e6}, {"mln", NULL, 1e6}, {"mil", NULL, 1e6}, {"bn", NULL, 1e9},
	{"bln", NULL, 1e9}, {"tn", NULL, 1e12}, {"trn", NULL, 1e12},
	{"k", NULL, 1e3}, {"m", NULL, 1e6}, {"b", NULL, 1e9},
	{"lakh", NULL, 1e5}, {"lakhs", NULL, 1e5}, {"crore", NULL, 1e7},
	{"crores", NULL, 1e7}, {"tln", NULL, 1e12}, {"dozen", NULL, 12},
	{"dozens", NULL, 12}, {"doz", NULL, 12}, {"dozs", NULL, 12},
	{"dz", NULL, 12}, {"dzs", NULL, 12},
	{NULL, NULL, 0}
};

/* Durations: value is the length in seconds when it is fixed (for
 * "1 hour 59 minutes 40.2 seconds"), else 0. */
const struct nf_fig_word nf_fig_durations[] = {
	{"second", "second", 1}, {"seconds", "second", 1},
	{"sec", "second", 1}, {"secs", "second", 1},
	{"minute", "minute", 60}, {"minutes", "minute", 60},
	{"min", "minute", 60}, {"mins", "minute", 60},
	{"hour", "hour", 3600}, {"hours", "hour", 3600},
	{"hr", "hour", 3600}, {"hrs", "hour", 3600},
	{"day", "day", 0}, {"days", "day", 0},
	{"week", "week", 0}, {"weeks", "week", 0},
	{"fortnight", "fortnight", 0}, {"fortnights", "fortnight", 0},
	{"month", "month", 0}, {"months", "month", 0},
	{"year", "year", 0}, {"years", "year", 0},
	{"yr", "year", 0}, {"yrs", "year", 0}, {"yo", "year", 0},
	{"decade", "decade", 0}, {"decades", "decade", 0},
	{"century", "century", 0}, {"centuries", "century", 0},
	{"millisecond", "millisecond", 0}, {"milliseconds", "millisecond", 0},
	{NULL, NULL, 0}
};

/* Words allowed between a number and its duration: "33 Earth days". */
const char *const nf_fig_duration_adjs[] = {
	"earth", "calendar", "working", "business", "consecutive", "straight",
	"full", "school", NULL
};

/* Units written as words (case ignored). */
const struct nf_fig_word nf_fig_unit_words[] = {
	{"kilometre", "km", 1}, {"kilometres", "km", 1},
	{"kilometer", "km", 1}, {"kilometers", "km", 1},
	{"metre", "m", 1}, {"metres", "m", 1}, {"meter", "m", 1},
	{"meters", "m", 1}, {"centimetre", "cm", 1}, {"centimetres", "cm", 1},
	{"centimeter", "cm", 1}, {"centimeters", "cm", 1},
	{"millimetre", "mm", 1}, {"millimetres", "mm", 1},
	{"millimeter", "mm", 1}, {"millimeters", "mm", 1},
	{"micrometre", "um", 1}, {"micrometres", "um", 1},
	{"micrometer", "um", 1}, {"micrometers", "um", 1},
	{"micron", "um", 1}, {"microns", "um", 1},
	{"nanometre", "nm", 1}, {"nanometres", "nm", 1},
	{"nanometer", "nm", 1}, {"nanometers", "nm", 1},
	{"mile", "mi", 1}, {"miles", "mi", 1}, {"foot", "ft", 1},
	{"feet", "ft", 1}, {"inch", "in", 1}, {"inches", "in", 1},
	{"yard", "yd", 1}, {"yards", "yd", 1},
	{"hectare", "ha", 1}, {"hectares", "ha", 1}, {"acre", "acre", 1},
	{"acres", "acre", 1},
	{"kilogram", "kg", 1}, {"kilograms", "kg", 1}, {"kilogramme", "kg", 1},
	{"kilogrammes", "kg", 1}, {"kilo", "kg", 1}, {"kilos", "kg", 1},
	{"gram", "g", 1}, {"grams", "g", 1}, {"gramme", "g", 1},
	{"grammes", "g", 1}, {"milligram", "mg", 1}, {"milligrams", "mg", 1},
	{"tonne", "t", 1}, {"tonnes", "t", 1}, {"ton", "t", 1}, {"tons", "t", 1},
	{"pound", "lb", 1}, {"pounds", "lb", 1}, {"ounce", "oz", 1},
	{"ounces", "oz", 1},
	{"litre", "L", 1}, {"litres", "L", 1}, {"liter", "L", 1},
	{"liters", "L", 1}, {"millilitre", "mL", 1}, {"millilitres", "mL", 1},
	{"milliliter", "mL", 1}, {"milliliters", "mL", 1},
	{"gallon", "gal", 1}, {"gallons", "gal", 1},
	{"barrel", "bbl", 1}, {"barrels", "bbl", 1},
	{"watt", "W", 1}, {"watts", "W", 1}, {"kilowatt", "kW", 1},
	{"kilowatts", "kW", 1}, {"megawatt", "MW", 1}, {"megawatts", "MW", 1},
	{"gigawatt", "GW", 1}, {"gigawatts", "GW", 1},
	{"joule", "J", 1}, {"joules", "J", 1}, {"calorie", "kcal", 1},
	{"calories", "kcal", 1}, {"volt", "V", 1}, {"volts", "V", 1},
	{"hertz", "Hz", 1}, {"knot", "kn", 1}, {"knots", "kn", 1},
	{"byte", "B", 1}, {"bytes", "B", 1}, {"kilobyte", "kB", 1},
	{"kilobytes", "kB", 1}, {"megabyte", "MB", 1}, {"megabytes", "MB", 1},
	{"gigabyte", "GB", 1}, {"gigabytes", "GB", 1}, {"terabyte", "TB", 1},
	{"terabytes", "TB", 1}, {"petabyte", "PB", 1}, {"petabytes", "PB", 1},
	{"mph", "mph", 1}, {"kph", "km/h", 1}, {"kmh", "km/h", 1},
	{"parsec", "pc", 1}, {"parsecs", "pc", 1},
	{"decimetre", "dm", 1}, {"decimetres", "dm", 1}, {"decimeter", "dm", 1},
	{"decimeters", "dm", 1}, {"picometre", "pm", 1}, {"picometres", "pm", 1},
	{"picometer", "pm", 1}, {"picometers", "pm", 1},
	{"microgram", "ug", 1}, {"micrograms", "ug", 1}, {"microgramme", "ug", 1},
	{"microgrammes", "ug", 1}, {"mcg", "ug", 1},
	{"centilitre", "cL", 1}, {"centilitres", "cL", 1}, {"centiliter", "cL", 1},
	{"centiliters", "cL", 1},
	{"tablespoon", "tbsp", 1}, {"tablespoons", "tbsp", 1}, {"tbsp", "tbsp", 1},
	{"teaspoon", "tsp", 1}, {"teaspoons", "tsp", 1}, {"tsp", "tsp", 1},
	{"cup", "cup", 1}, {"cups", "cup", 1},
	{"electronvolt", "eV", 1}, {"electronvolts", "eV", 1},
	{"exabyte", "EB", 1}, {"exabytes", "EB", 1}, {"zettabyte", "ZB", 1},
	{"zettabytes", "ZB", 1}, {"megabit", "Mbit", 1}, {"megabits", "Mbit", 1},
	{"gigabit", "Gbit", 1}, {"gigabits", "Gbit", 1},
	{"kelvin", "K", 1}, {"kelvins", "K", 1},
	/* temperatures with no "degrees", and their common misspellings */
	{"celsius", "degC", 1}, {"celcius", "degC", 1}, {"centigrade", "degC", 1},
	{"centigrate", "degC", 1}, {"fahrenheit", "degF", 1},
	{"farenheit", "degF", 1}, {"fahrenheight", "degF", 1},
	{"kmph", "km/h", 1}, {"tpd", "t/d", 1},
	{NULL, NULL, 0}
};

/* Unit symbols (case kept: MW is not mW). */
const struct nf_fig_word nf_fig_unit_symbols[] = {
	{"km", "km", 1}, {"m", "m", 1}, {"cm", "cm", 1}, {"mm", "mm", 1},
	{"um", "um", 1}, {"nm", "nm", 1}, {"mi", "mi", 1}, {"ft", "ft", 1},
	{"yd", "yd", 1}, {"nmi", "nmi", 1}, {"ly", "ly", 1},
	{"km2", "km2", 1}, {"m2", "m2", 1}, {"mi2", "mi2", 1}, {"ha", "ha", 1},
	{"m3", "m3", 1}, {"kg", "kg", 1}, {"g", "g", 1}, {"mg", "mg", 1},
	{"t", "t", 1}, {"lb", "lb", 1}, {"lbs", "lb", 1}, {"oz", "oz", 1},
	{"L", "L", 1}, {"l", "L", 1}, {"ml", "mL", 1}, {"mL", "mL", 1},
	{"cl", "cL", 1}, {"W", "W", 1}, {"kW", "kW", 1}, {"MW", "MW", 1},
	{"GW", "GW", 1}, {"TW", "TW", 1}, {"kWh", "kWh", 1}, {"MWh", "MWh", 1},
	{"GWh", "GWh", 1}, {"TWh", "TWh", 1}, {"J", "J", 1}, {"kJ", "kJ", 1},
	{"MJ", "MJ", 1}, {"GJ", "GJ", 1}, {"kcal", "kcal", 1},
	{"V", "V", 1}, {"kV", "kV", 1}, {"Hz", "Hz", 1}, {"kHz", "kHz", 1},
	{"MHz", "MHz", 1}, {"GHz", "GHz", 1}, {"mAh", "mAh", 1},
	{"KB", "kB", 1}, {"kB", "kB", 1}, {"MB", "MB", 1}, {"GB", "GB", 1},
	{"TB", "TB", 1}, {"PB", "PB", 1}, {"kbps", "kbit/s", 1},
	{"Mbps", "Mbit/s", 1}, {"Gbps", "Gbit/s", 1},
	{"mph", "mph", 1}, {"kph", "km/h", 1}, {"kn", "kn", 1},
	{"km/h", "km/h", 1}, {"m/s", "m/s", 1}, {"km/s", "km/s", 1},
	{"km/hr", "km/h", 1}, {"dm", "dm", 1}, {"mcg", "ug", 1},
	{"eV", "eV", 1}, {"keV", "keV", 1}, {"MeV", "MeV", 1}, {"GeV", "GeV", 1},
	{"TeV", "TeV", 1}, {"Wh", "Wh", 1}, {"EB", "EB", 1}, {"ZB", "ZB", 1},
	{"Mbit", "Mbit", 1}, {"Gbit", "Gbit", 1}, {"cL", "cL", 1},
	{NULL, NULL, 0}
};

/* Currency words (case ignored); NULL unit: the country decides. */
const struct nf_fig_word nf_fig_currency_words[] = {
	{"dollar", "USD", 1}, {"dollars", "USD", 1}, {"euro", "EUR", 1},
	{"euros", "EUR", 1}, {"yen", "JPY", 1}, {"yuan", "CNY", 1},
	{"renminbi", "CNY", 1}, {"rupee", "INR", 1}, {"rupees", "INR", 1},
	{"rouble", "RUB", 1}, {"roubles", "RUB", 1}, {"ruble", "RUB", 1},
	{"rubles", "RUB", 1}, {"hryvnia", "UAH", 1}, {"hryvnias", "UAH", 1},
	{"hryvnia", "UAH", 1}, {"hryvnyas", "UAH", 1},
	{"krone", "NOK", 1}, {"kroner", "NOK", 1}, {"krona", "SEK", 1},
	{"kronor", "SEK", 1}, {"franc", "CHF", 1}, {"francs", "CHF", 1},
	{"peso", NULL, 1}, {"pesos", NULL, 1}, {"rand", "ZAR", 1},
	{"won", "KRW", 1}, {"lira", "TRY", 1}, {"liras", "TRY", 1},
	{"reais", "BRL", 1}, {"ringgit", "MYR", 1}, {"shekel", "ILS", 1},
	{"shekels", "ILS", 1}, {"naira", "NGN", 1}, {"riyal", "SAR", 1},
	{"riyals", "SAR", 1}, {"dirham", "AED", 1}, {"dirhams", "AED", 1},
	{"zloty", "PLN", 1}, {"zlotys", "PLN", 1}, {"zlotys", "PLN", 1},
	{"forint", "HUF", 1}, {"forints", "HUF", 1}, {"koruna", "CZK", 1},
	{"baht", "THB", 1}, {"rupiah", "IDR", 1}, {"dong", "VND", 1},
	{"bitcoin", "BTC", 1}, {"bitcoins", "BTC", 1},
	{"cent", "USD", 0.01}, {"cents", "USD", 0.01},
	{"pence", "GBP", 0.01}, {"sterling", "GBP", 1},
	{"penny", "GBP", 0.01}, {"pennies", "GBP", 0.01},
	{"dime", "USD", 0.1}, {"dimes", "USD", 0.1}, {"nickels", "USD", 0.05},
	{"satoshi", "BTC", 1e-8}, {"satoshis", "BTC", 1e-8},
	{"rmb", "CNY", 1}, {"kuai", "CNY", 1},
	/* currencies of the past, in archives: the euro's forerunners */
	{"markka", "FIM", 1}, {"markkaa", "FIM", 1}, {"guilder", "NLG", 1},
	{"guilders", "NLG", 1}, {"peseta", "ESP", 1}, {"pesetas", "ESP", 1},
	{"drachma", "GRD", 1}, {"drachmas", "GRD", 1}, {"drachmae", "GRD", 1},
	{"escudo", "PTE", 1}, {"escudos", "PTE", 1}, {"schilling", "ATS", 1},
	{"schillings", "ATS", 1}, {"deutschmark", "DEM", 1},
	{"deutschmarks", "DEM", 1},
	/* "marks" alone are grades or scores: only after "German",
	 * "Deutsche" or "Finnish" (see money.c) */
	{"mark", "DEM", 1}, {"marks", "DEM", 1},
	/* East Africa's shillings: Kenya's unless the country is named */
	{"shilling", "KES", 1}, {"shillings", "KES", 1},
	{"colones", "CRC", 1}, {"lari", "GEL", 1}, {"kip", "LAK", 1},
	{"tenge", "KZT", 1}, {"taka", "BDT", 1}, {"kwacha", "ZMW", 1},
	{"cedi", "GHS", 1}, {"cedis", "GHS", 1}, {"birr", "ETB", 1},
	{"dinar", NULL, 1}, {"dinars", NULL, 1},
	{NULL, NULL, 0}
};

/* A country word before a currency word names the currency. */
const struct nf_fig_word nf_fig_currency_adjs[] = {
	{"us", "USD", 0}, {"american", "USD", 0}, {"australian", "AUD", 0},
	{"canadian", "CAD", 0}, {"singapore", "SGD", 0}, {"taiwan", "TWD", 0},
	{"taiwanese", "TWD", 0}, {"swiss", "CHF", 0}, {"danish", "DKK", 0},
	{"norwegian", "NOK", 0}, {"swedish", "SEK", 0}, {"icelandic", "ISK", 0},
	{"mexican", "MXN", 0}, {"argentine", "ARS", 0}, {"argentinian", "ARS", 0},
	{"philippine", "PHP", 0}, {"chilean", "CLP", 0}, {"colombian", "COP", 0},
	{"indian", "INR", 0}, {"pakistani", "PKR", 0}, {"russian", "RUB", 0},
	{"chinese", "CNY", 0}, {"japanese", "JPY", 0}, {"turkish", "TRY", 0},
	{"brazilian", "BRL", 0}, {"egyptian", "EGP", 0}, {"kenyan", "KES", 0},
	{"ugandan", "UGX", 0}, {"tanzanian", "TZS", 0}, {"jamaican", "JMD", 0},
	{"namibian", "NAD", 0}, {"fijian", "FJD", 0}, {"samoan", "WST", 0},
	{"zimbabwean", "ZWL", 0}, {"nigerian", "NGN", 0}, {"ghanaian", "GHS", 0},
	{"ukrainian", "UAH", 0}, {"polish", "PLN", 0}, {"hungarian", "HUF", 0},
	{"czech", "CZK", 0}, {"romanian", "RON", 0}, {"bulgarian", "BGN", 0},
	{"israeli", "ILS", 0}, {"saudi", "SAR", 0}, {"cuban", "CUP", 0},
	{"dominican", "DOP", 0}, {"uruguayan", "UYU", 0},
	{"finnish", "FIM", 0}, {"dutch", "NLG", 0}, {"spanish", "ESP", 0},
	{"german", "DEM", 0}, {"deutsche", "DEM", 0}, {"french", "FRF", 0},
	{"belgian", "BEF", 0}, {"italian", "ITL", 0}, {"greek", "GRD", 0},
	{"portuguese", "PTE", 0}, {"austrian", "ATS", 0}, {"irish", "IEP", 0},
	{"somali", "SOS", 0}, {"ethiopian", "ETB", 0}, {"rwandan", "RWF", 0},
	{"zambian", "ZMW", 0}, {"malawian", "MWK", 0},
	{"nepalese", "NPR", 0}, {"nepali", "NPR", 0}, {"bangladeshi", "BDT", 0},
	{"kuwaiti", "KWD", 0}, {"jordanian", "JOD", 0}, {"bahraini", "BHD", 0},
	{"iraqi", "IQD", 0}, {"libyan", "LYD", 0}, {"tunisian", "TND", 0},
	{"algerian", "DZD", 0}, {"serbian", "RSD", 0}, {"moroccan", "MAD", 0},
	{"brunei", "BND", 0}, {"barbadian", "BBD", 0},
	{"bahamian", "BSD", 0}, {"belize", "BZD", 0}, {"guyanese", "GYD", 0},
	{"liberian", "LRD", 0}, {"kazakh", "KZT", 0},
	{NULL, NULL, 0}
};

/* ISO 4217 codes (and BTC) written before or after a number. */
const char *const nf_fig_currency_codes[] = {
	"USD", "EUR", "GBP", "JPY", "CNY", "RUB", "UAH", "INR", "CHF", "AUD",
	"CAD", "NZD", "HKD", "SGD", "SEK", "NOK", "DKK", "PLN", "HUF", "CZK",
	"TRY", "BRL", "MXN", "ARS", "ZAR", "KRW", "ILS", "NGN", "KES", "EGP",
	"SAR", "AED", "QAR", "THB", "IDR", "MYR", "PHP", "VND", "PKR", "BDT",
	"BTC", "TWD", "CLP", "COP", "PEN", "RON", "BGN", "ISK", "XBT",
	/* ISO codes that are no English words ("ALL", "TOP", "CUP" are
	 * left out: "ALL 5 solutions") */
	"FIM", "NLG", "ESP", "DEM", "FRF", "ITL", "ATS", "BEF", "PTE", "GRD",
	"IEP", "CRC", "GEL", "LAK", "LKR", "NPR", "GHS", "UGX", "TZS", "ETB",
	"XOF", "XAF", "KWD", "OMR", "BHD", "JOD", "KZT", "BYN", "RSD", "HRK",
	"UZS", "AZN", "MMK", "KHR", "MNT", "JMD", "TTD", "DOP", "GTQ", "UYU",
	"PYG", "VES", "IQD", "IRR", "LBP", "DZD", "TND", "LYD", "ZMW", "MWK",
	"NAD", "BWP", "MUR", "FJD", "ZWL", "RWF", "BND", "RMB",
	NULL
};

const char *const nf_fig_timezones[] = {
	"UTC", "GMT", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK",
	"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "HST",
	"AEST", "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT", "JST", "KST",
	"IST", "SGT", "HKT", "PHT", "WIB", "ICT", "ET", "PT", "CT",
	NULL
};

/* Hedges and comparators before a figure; a longer one comes before any
 * shorter one it ends with ("less than or equal to" before "up to"). */
const struct nf_fig_hedge nf_fig_hedges[] = {
	{"less than or equal to", "<="}, {"fewer than or equal to", "<="},
	{"more than or equal to", ">="}, {"greater than or equal to", ">="},
	{"smaller than or equal to", "<="}, {"lower than or equal to", "<="},
	{"higher than or equal to", ">="}, {"bigger than or equal to", ">="},
	{"larger than or equal to", ">="}, {"equal to or less than", "<="},
	{"equal to or fewer than", "<="}, {"equal to or lower than", "<="},
	{"equal to or smaller than", "<="}, {"equal to or more than", ">="},
	{"equal to or greater than", ">="}, {"equal to or higher than", ">="},
	{"equal to or larger than", ">="}, {"at least or equal to", ">="},
	{"at most or equal to", "<="}, {"less or equal than", "<="},
	{"less or equal to", "<="}, {"smaller or equal than", "<="},
	{"lower or equal than", "<="}, {"higher or equal than", ">="},
	{"bigger or equal than", ">="}, {"larger or equal than", ">="},
	{"greater or equal than", ">="}, {"more or equal than", ">="},
	{"not less than", ">="}, {"not fewer than", ">="},
	{"not more than", "<="},
	{"in excess of", ">"}, {"upwards of", ">"}, {"just over", ">"},
	{"well over", ">"}, {"more than", ">"}, {"greater than", ">"},
	{"larger than", ">"}, {"bigger than", ">"}, {"higher than", ">"},
	{"just under", "<"}, {"well under", "<"}, {"less than", "<"},
	{"fewer than", "<"}, {"smaller than", "<"}, {"lower than", "<"},
	{"no fewer than", ">="}, {"no less than", ">="},
	{"at least", ">="}, {"a minimum of", ">="}, {"at most", "<="},
	{"no more than", "<="}, {"up to", "<="}, {"as many as", "<="},
	{"as much as", "<="}, {"as high as", "<="}, {"a maximum of", "<="},
	{"exceeding", ">"}, {"exceeds", ">"}, {"exceed", ">"}, {"exceeded", ">"},
	{"surpassing", ">"}, {"surpasses", ">"}, {"surpass", ">"},
	{"surpassed", ">"},
	{"close to", "~"}, {"about", "~"}, {"around", "~"}, {"roughly", "~"},
	{"approximately", "~"}, {"approx", "~"}, {"almost", "~"},
	{"nearly", "~"}, {"some", "~"}, {"circa", "~"}, {"over", ">"},
	{"above", ">"}, {"under", "<"}, {"below", "<"},
	{NULL, NULL}
};

/* Month names: full, and abbreviations that may take a full stop. */
const struct nf_fig_word nf_fig_months[] = {
	{"january", NULL, 1}, {"february", NULL, 2}, {"march", NULL, 3},
	{"april", NULL, 4}, {"may", NULL, 5}, {"june", NULL, 6},
	{"july", NULL, 7}, {"august", NULL, 8}, {"september", NULL, 9},
	{"october", NULL, 10}, {"november", NULL, 11}, {"december", NULL, 12},
	{"jan", NULL, 1}, {"feb", NULL, 2}, {"mar", NULL, 3}, {"apr", NULL, 4},
	{"jun", NULL, 6}, {"jul", NULL, 7}, {"aug", NULL, 8}, {"sep", NULL, 9},
	{"sept", NULL, 9}, {"oct", NULL, 10}, {"nov", NULL, 11},
	{"dec", NULL, 12},
	{NULL, NULL, 0}
};

/* Capitalised words that may stand right before a number without making
 * it part of a name ("In 2019", "About 52%", "On March 4"): sentence-initial
 * function words, hedges, weekdays. Any other capitalised word makes one:
 * "Route 9", "Boeing 737", "Round 4". Lower case. */
const char *const nf_fig_free_caps[] = {
	"a", "about", "above", "across", "after", "against", "age", "aged",
	"ages", "all", "almost", "also", "among", "an", "and", "another",
	"approximately", "are", "around", "as", "at", "be", "been", "before",
	"below", "between", "beyond", "both", "but", "by", "circa", "close",
	"down", "during", "each", "even", "every", "exactly", "except", "fewer",
	"for", "from", "had", "has", "have", "he", "her", "here", "his", "i",
	"if", "in", "into", "is", "it", "its", "just", "last", "least", "less",
	"like", "minus", "more", "most", "my", "nearly", "next", "no", "nor",
	"not", "now", "of", "on", "only", "or", "our", "over", "past", "per",
	"plus", "precisely", "roughly", "said", "says", "she", "since", "so",
	"some", "still", "than", "that", "the", "their", "them", "then", "there",
	"these", "they", "this", "those", "through", "till", "to", "top",
	"total", "toward", "towards", "under", "unlike", "until", "up", "upwards",
	"via", "was", "we", "were", "when", "where", "which", "while", "who",
	"with", "within", "without", "you", "your", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
	"tues", "wed", "thu", "thurs", "fri", "sat", "sun", "earth", "approx",
	"nearly", "some", "another", "estimated", "year", "years", "fiscal",
	"financial", "spring", "summer", "autumn", "fall", "winter", "christmas",
	"easter", "mid", "early", "late", "ad", "bc", "ce", "bce",
	NULL
};

/* Lower-case words that make the number after them an identifier. */
const char *const nf_fig_id_words[] = {
	"route", "article", "resolution", "chapter", "section", "flight",
	"page", "pages", "room", "platform", "gate", "round", "episode",
	"version", "clause", "paragraph", "amendment", "highway", "interstate",
	"no", "nos", "number", "bus", "channel", "apartment", "suite", "unit",
	"lot", "line", "exit", "pier", "terminal", "stage", "phase", "grade",
	"category", "level", "class", "model", "season", "volume", "vol",
	"issue", "item", "rule", "table", "figure", "block", "precinct", "ward",
	"district", "zone", "region", "hangar", "bay", "dock", "berth", "seat",
	"row", "aisle", "act", "bill", "law", "code", "order", "decree", "case",
	"plan", "tier", "code", "post", "appendix", "annex", "schedule",
	"verse", "psalm", "pillar", "sector", "incident", "reference", "ref",
	NULL
};

/* Verbs that make a short number after them a telephone number: "call 911". */
const char *const nf_fig_call_words[] = {
	"call", "called", "calling", "calls", "dial", "dialed", "dialled",
	"dialing", "dialling", "phoned", "phone", "ring", "rang", "text",
	"texted", "hotline", "fax", "tel",
	NULL
};

/* Words that start what follows a number and are in no list above
 * ("sq km", "degrees", "per cent", "U.S. dollars"): a word after a number
 * that is in no list at all gives it no unit, and is passed over at once. */
const char *const nf_fig_suffix_words[] = {
	"sq", "square", "cubic", "degree", "degrees", "deg", "degs", "light",
	"astronomical", "nautical", "metric", "percent", "pct", "percentage",
	"percents", "per", "basis", "point", "points", "pound", "pounds", "hong",
	"new", "south", "sri", "costa", "saudi", "east", "in", "u", "bp", "bps",
	"pp", NULL
};
