/* figures.c: the table-driven suite of the figure finder: every kind, unit
 * family, hedge, range and non-figure, each case with the records wanted
 * (text as written, kind, value, unit, qualifier, upper), in order. */
#include <math.h>
#include <stdlib.h>

#include "newsfilter/figures.h"
#include "../../lib/figures/words.h"
#include "test.h"

struct want {
	const char *text, *kind, *value, *unit, *qual, *upper;
};

struct tcase {
	const char *in;
	struct want w[4];    /* up to 4 figures; text NULL ends */
};

#define N NULL
#define NONE { { N, N, N, N, N, N } }

static const struct tcase cases[] = {
	/* counts: separators, decimals, magnitudes, words */
	{ "The council approved 28 proposals.", { { "28", "count", "28", N, N, N } } },
	{ "It received 14,000 letters.", { { "14,000", "count", "14000", N, N, N } } },
	{ "A total of 1,234,567 votes were cast.", { { "1,234,567", "count", "1234567", N, N, N } } },
	{ "The town has 1 200 residents.", { { "1 200", "count", "1200", N, N, N } } },
	{ "Inflation ran at 3.25 on the index.", { { "3.25", "count", "3.25", N, N, N } } },
	{ "Some 1.2 million men served.", { { "Some 1.2 million", "count", "1200000", N, "~", N } } },
	{ "They counted 2.5 billion users.", { { "2.5 billion", "count", "2500000000", N, N, N } } },
	{ "The region has 1.5m inhabitants.", { { "1.5m", "count", "1500000", N, N, N } } },
	{ "It sold 300k copies.", { { "300k", "count", "300000", N, N, N } } },
	{ "It hired a dozen lawyers.", { { "a dozen", "count", "12", N, N, N } } },
	{ "She bought two dozen eggs.", { { "two dozen", "count", "24", N, N, N } } },
	{ "There were fifteen flights.", { { "fifteen", "count", "15", N, N, N } } },
	{ "Twenty-eight people died.", { { "Twenty-eight", "count", "28", N, N, N } } },
	{ "It has one hundred and five rooms.", { { "one hundred and five", "count", "105", N, N, N } } },
	{ "Nearly three hundred thousand fled.", { { "Nearly three hundred thousand", "count", "300000", N, "~", N } } },
	{ "An estimated two million refugees.", { { "two million", "count", "2000000", N, N, N } } },
	{ "a peak of over three-and-a-half million", { { "over three-and-a-half million", "count", "3500000", N, ">", N } } },
	{ "a quarter million visitors", { { "a quarter million", "count", "250000", N, N, N } } },
	{ "half a million people", { { "half a million", "count", "500000", N, N, N } } },
	{ "one out of every thousand children", { { "one", "count", "1", N, N, N }, { "thousand", "count", "1000", N, N, N } } },
	{ "He sent a thousand messages.", { { "a thousand", "count", "1000", N, N, N } } },
	{ "The score was almost zero.", { { "almost zero", "count", "0", N, "~", N } } },
	{ "Seven people were hurt.", { { "Seven", "count", "7", N, N, N } } },
	{ "ninety-nine balloons", { { "ninety-nine", "count", "99", N, N, N } } },
	{ "seventy two hours of talks", { { "seventy two hours", "duration", "72", "hour", N, N } } },
	{ "It fell to -3.5 on the scale.", { { "-3.5", "count", "-3.5", N, N, N } } },
	{ "by one vote", { { "one", "count", "1", N, N, N } } },
	{ "one per 100,000", { { "one", "count", "1", N, N, N }, { "100,000", "count", "100000", N, N, N } } },
	{ "seven per 100,000 people", { { "seven", "count", "7", N, N, N }, { "100,000", "count", "100000", N, N, N } } },
	{ "1½ cups", { { "1½ cups", "quantity", "1.5", "cup", N, N } } },
	{ "a 12-roll pack", { { "12-roll", "count", "12", N, N, N } } },
	{ "the four-pack", { { "four-pack", "count", "4", N, N, N } } },
	{ "a 55-member body", { { "55-member", "count", "55", N, N, N } } },
	{ "won by 45 points to 24", { { "45 points", "count", "45", N, N, N }, { "24", "count", "24", N, N, N } } },
	{ "Caboolture 43–5", { { "43", "count", "43", N, N, N }, { "5", "count", "5", N, N, N } } },
	{ "a 3-1 win", { { "3", "count", "3", N, N, N }, { "1", "count", "1", N, N, N } } },
	{ "at least one survivor", { { "at least one", "count", "1", N, ">=", N } } },
	{ "more than twenty villages", { { "more than twenty", "count", "20", N, ">", N } } },
	{ "four or more people", { { "four", "count", "4", N, ">=", N } } },
	{ "a hundred or so protesters", { { "a hundred", "count", "100", N, "~", N } } },

	/* percent */
	{ "at 100% price", { { "100%", "percent", "100", "%", N, N } } },
	{ "a rise of 2.4 percent", { { "2.4 percent", "percent", "2.4", "%", N, N } } },
	{ "down 11.5 per cent", { { "11.5 per cent", "percent", "11.5", "%", N, N } } },
	{ "three percentage points", { { "three percentage points", "percent", "3", "pp", N, N } } },
	{ "a 1.5 percentage-point rise", { { "1.5 percentage-point", "percent", "1.5", "pp", N, N } } },
	{ "a cut of 25 basis points", { { "25 basis points", "percent", "25", "bp", N, N } } },
	{ "up 50bp on the day", { { "50bp", "percent", "50", "bp", N, N } } },
	{ "over 19% of Ukraine", { { "over 19%", "percent", "19", "%", ">", N } } },
	{ "About 52% voted leave", { { "About 52%", "percent", "52", "%", "~", N } } },
	{ "a 10-percent stake", { { "10-percent", "percent", "10", "%", N, N } } },
	{ "fifty percent of voters", { { "fifty percent", "percent", "50", "%", N, N } } },
	{ "fell 0.3% in May", { { "0.3%", "percent", "0.3", "%", N, N } } },

	/* money */
	{ "$45 million in aid", { { "$45 million", "money", "45000000", "USD", N, N } } },
	{ "€1.3bn deal", { { "€1.3bn", "money", "1300000000", "EUR", N, N } } },
	{ "It cost 4.50 euros.", { { "4.50 euros", "money", "4.5", "EUR", N, N } } },
	{ "1.8 billion kroner", { { "1.8 billion kroner", "money", "1800000000", "NOK", N, N } } },
	{ "£17,500 fine", { { "£17,500", "money", "17500", "GBP", N, N } } },
	{ "US$22,900 each", { { "US$22,900", "money", "22900", "USD", N, N } } },
	{ "¥500 coins", { { "¥500", "money", "500", "JPY", N, N } } },
	{ "a $5bn loan", { { "$5bn", "money", "5000000000", "USD", N, N } } },
	{ "£2.5m transfer", { { "£2.5m", "money", "2500000", "GBP", N, N } } },
	{ "USD 5m was wired", { { "USD 5m", "money", "5000000", "USD", N, N } } },
	{ "a fee of 300 CHF", { { "300 CHF", "money", "300", "CHF", N, N } } },
	{ "5,000 rubles a month", { { "5,000 rubles", "money", "5000", "RUB", N, N } } },
	{ "200 hryvnias each", { { "200 hryvnias", "money", "200", "UAH", N, N } } },
	{ "38.8 million euro purchase", { { "38.8 million euro", "money", "38800000", "EUR", N, N } } },
	{ "10 million Australian dollars", { { "10 million Australian dollars", "money", "10000000", "AUD", N, N } } },
	{ "5 million pounds", { { "5 million pounds", "money", "5000000", "GBP", N, N } } },
	{ "A$3.2 billion", { { "A$3.2 billion", "money", "3200000000", "AUD", N, N } } },
	{ "₿7300 in ransom", { { "₿7300", "money", "7300", "BTC", N, N } } },
	{ "one bitcoin", { { "one bitcoin", "money", "1", "BTC", N, N } } },
	{ "approximately US$8000", { { "approximately US$8000", "money", "8000", "USD", "~", N } } },
	{ "below US$10,000", { { "below US$10,000", "money", "10000", "USD", "<", N } } },
	{ "above $200,000", { { "above $200,000", "money", "200000", "USD", ">", N } } },
	{ "US$3.4 trillion economy", { { "US$3.4 trillion", "money", "3400000000000", "USD", N, N } } },
	{ "₹2,000 notes", { { "₹2,000", "money", "2000", "INR", N, N } } },
	{ "above ₹2 lakh crore", { { "above ₹2 lakh crore", "money", "2000000000000", "INR", ">", N } } },
	{ "about 76 billion zł", { { "about 76 billion zł", "money", "76000000000", "PLN", "~", N } } },
	{ "50 cents a litre", { { "50 cents a litre", "money", "0.5", "USD/L", N, N } } },
	{ "20 yuan", { { "20 yuan", "money", "20", "CNY", N, N } } },

	/* quantities */
	{ "about 115,600 sq km", { { "about 115,600 sq km", "quantity", "115600", "km2", "~", N } } },
	{ "2.7 kilometres away", { { "2.7 kilometres", "quantity", "2.7", "km", N, N } } },
	{ "minus 52 degrees Celsius", { { "minus 52 degrees Celsius", "quantity", "-52", "degC", N, N } } },
	{ "T-minus 10 minutes", { { "10 minutes", "duration", "10", "minute", N, N } } },
	{ "a 10km run", { { "10km", "quantity", "10", "km", N, N } } },
	{ "500 square kilometres", { { "500 square kilometres", "quantity", "500", "km2", N, N } } },
	{ "a 300 km2 zone", { { "300 km2", "quantity", "300", "km2", N, N } } },
	{ "80 m² flat", { { "80 m²", "quantity", "80", "m2", N, N } } },
	{ "400 hectares", { { "400 hectares", "quantity", "400", "ha", N, N } } },
	{ "37 kg of rice", { { "37 kg", "quantity", "37", "kg", N, N } } },
	{ "82 pounds (37 kg)", { { "82 pounds", "quantity", "82", "lb", N, N }, { "37 kg", "quantity", "37", "kg", N, N } } },
	{ "12 tonnes of waste", { { "12 tonnes", "quantity", "12", "t", N, N } } },
	{ "5 t of cargo", { { "5 t", "quantity", "5", "t", N, N } } },
	{ "2 litres of water", { { "2 litres", "quantity", "2", "L", N, N } } },
	{ "a 1.5 L bottle", { { "1.5 L", "quantity", "1.5", "L", N, N } } },
	{ "250 ml glass", { { "250 ml", "quantity", "250", "mL", N, N } } },
	{ "35°C heat", { { "35°C", "quantity", "35", "degC", N, N } } },
	{ "Temperatures hit -5C overnight", { { "-5C", "quantity", "-5", "degC", N, N } } },
	{ "3.7 million barrels per day", { { "3.7 million barrels per day", "quantity", "3700000", "bbl/d", N, N } } },
	{ "rates of 3.5%-4%", { { "3.5%-4%", "percent", "3.5", "%", N, "4" } } },
	{ "ages 18–24", { { "18–24", "duration", "18", "year", N, "24" } } },
	{ "98.6 degrees Fahrenheit", { { "98.6 degrees Fahrenheit", "quantity", "98.6", "degF", N, N } } },
	{ "at 120 km/h", { { "120 km/h", "quantity", "120", "km/h", N, N } } },
	{ "winds of 90 mph", { { "90 mph", "quantity", "90", "mph", N, N } } },
	{ "100 kilometres per hour", { { "100 kilometres per hour", "quantity", "100", "km/h", N, N } } },
	{ "a 500 MW plant", { { "500 MW", "quantity", "500", "MW", N, N } } },
	{ "3 gigawatts of power", { { "3 gigawatts", "quantity", "3", "GW", N, N } } },
	{ "12 TWh a year", { { "12 TWh a year", "quantity", "12", "TWh/yr", N, N } } },
	{ "64 GB of memory", { { "64 GB", "quantity", "64", "GB", N, N } } },
	{ "2 terabytes", { { "2 terabytes", "quantity", "2", "TB", N, N } } },
	{ "70 miles (112 km)", { { "70 miles", "quantity", "70", "mi", N, N }, { "112 km", "quantity", "112", "km", N, N } } },
	{ "roughly five miles", { { "roughly five miles", "quantity", "5", "mi", "~", N } } },
	{ "42.195 kilometers", { { "42.195 kilometers", "quantity", "42.195", "km", N, N } } },
	{ "the 400 metres hurdles", { { "400 metres", "quantity", "400", "m", N, N } } },
	{ "about 110 light-years", { { "about 110 light-years", "quantity", "110", "ly", "~", N } } },
	{ "some 50 light years away", { { "some 50 light years", "quantity", "50", "ly", "~", N } } },
	{ "at 30 astronomical units", { { "30 astronomical units", "quantity", "30", "au", N, N } } },
	{ "under 2.5 micrometers", { { "under 2.5 micrometers", "quantity", "2.5", "um", "<", N } } },
	{ "a 6 ft wall", { { "6 ft", "quantity", "6", "ft", N, N } } },
	{ "10,000 feet", { { "10,000 feet", "quantity", "10000", "ft", N, N } } },
	{ "5 cubic metres", { { "5 cubic metres", "quantity", "5", "m3", N, N } } },
	{ "a 20-mile walk", { { "20-mile", "quantity", "20", "mi", N, N } } },
	{ "200 barrels", { { "200 barrels", "quantity", "200", "bbl", N, N } } },

	/* fractions */
	{ "roughly a fifth of Ukraine", { { "roughly a fifth", "fraction", "0.2", N, "~", N } } },
	{ "half of the members", { { "half", "fraction", "0.5", N, N, N } } },
	{ "more than half of them", { { "more than half", "fraction", "0.5", N, ">", N } } },
	{ "two-thirds of voters", { { "two-thirds", "fraction", "0.666667", N, N, N } } },
	{ "two thirds of voters", { { "two thirds", "fraction", "0.666667", N, N, N } } },
	{ "three quarters of the land", { { "three quarters", "fraction", "0.75", N, N, N } } },
	{ "one-third of the budget", { { "one-third", "fraction", "0.333333", N, N, N } } },
	{ "a quarter of homes", { { "a quarter", "fraction", "0.25", N, N, N } } },
	{ "½ of the vote", { { "½", "fraction", "0.5", N, N, N } } },
	{ "3/4 of the vote", { { "3/4", "fraction", "0.75", N, N, N } } },
	{ "served half his sentence", { { "half", "fraction", "0.5", N, N, N } } },

	/* ordinals */
	{ "the 21st century", { { "21st", "ordinal", "21", N, N, N } } },
	{ "his 3rd term", { { "3rd", "ordinal", "3", N, N, N } } },
	{ "the 102nd session", { { "102nd", "ordinal", "102", N, N, N } } },

	/* dates */
	{ "on 2 December 2025", { { "2 December 2025", "date", "2025-12-02", N, N, N } } },
	{ "on Dec. 2, 2025", { { "Dec. 2, 2025", "date", "2025-12-02", N, N, N } } },
	{ "on December 2, 2025", { { "December 2, 2025", "date", "2025-12-02", N, N, N } } },
	{ "in July 2022", { { "July 2022", "date", "2022-07", N, N, N } } },
	{ "in March, 2018", { { "March, 2018", "date", "2018-03", N, N, N } } },
	{ "on 4 March", { { "4 March", "date", "--03-04", N, N, N } } },
	{ "on November 27", { { "November 27", "date", "--11-27", N, N, N } } },
	{ "by October 31st", { { "October 31st", "date", "--10-31", N, N, N } } },
	{ "on 20 Nov 2019", { { "20 Nov 2019", "date", "2019-11-20", N, N, N } } },
	{ "dated 2025-12-02", { { "2025-12-02", "date", "2025-12-02", N, N, N } } },
	{ "since 2022-07", { { "2022-07", "date", "2022-07", N, N, N } } },
	{ "born in 1991", { { "1991", "date", "1991", N, N, N } } },
	{ "the 2019 Chicago Marathon", { { "2019", "date", "2019", N, N, N } } },
	{ "in the 1960s", { { "1960s", "date", "196X", N, N, N } } },
	{ "March 4 and 5", { { "March 4", "date", "--03-04", N, N, N }, { "5", "date", "--03-05", N, N, N } } },
	{ "on the 4th of July", { { "4th of July", "date", "--07-04", N, N, N } } },
	{ "on 12/03/2020", { { "12/03/2020", "date", "2020-03-12", N, N, N } } },
	{ "on 31st October 2019", { { "31st October 2019", "date", "2019-10-31", N, N, N } } },
	{ "July 1, 2020", { { "July 1, 2020", "date", "2020-07-01", N, N, N } } },
	{ "in mid-2019", { { "2019", "date", "2019", N, N, N } } },
	{ "the 2019–20 season", { { "2019–20", "date", "2019", N, N, N } } },
	{ "on 17-18 July", { { "17", "date", "--07-17", N, N, N }, { "18 July", "date", "--07-18", N, N, N } } },
	{ "from 00:01 on 3 July to 23:59", { { "00:01", "time", "00:01", N, N, N }, { "3 July", "date", "--07-03", N, N, N }, { "23:59", "time", "23:59", N, N, N } } },
	{ "in July. About", NONE },
	{ "From March 15 to 17, the city", { { "March 15", "date", "--03-15", N, N, N }, { "17", "date", "--03-17", N, N, N } } },
	{ "on July 27–28, 2019 in", { { "July 27", "date", "2019-07-27", N, N, N }, { "28, 2019", "date", "2019-07-28", N, N, N } } },
	{ "around 1970.", { { "around 1970", "date", "1970", N, "~", N } } },
	{ "may exceed 1000.", { { "exceed 1000", "count", "1000", N, ">", N } } },

	/* times */
	{ "at 9 a.m.", { { "9 a.m.", "time", "09:00", N, N, N } } },
	{ "at 10.30am", { { "10.30am", "time", "10:30", N, N, N } } },
	{ "at 10:39 a.m.", { { "10:39 a.m.", "time", "10:39", N, N, N } } },
	{ "around 8:30 p.m. BST", { { "around 8:30 p.m. BST", "time", "20:30", N, "~", N } } },
	{ "at 1930 UTC", { { "1930 UTC", "time", "19:30", N, N, N } } },
	{ "around 14:00", { { "around 14:00", "time", "14:00", N, "~", N } } },
	{ "at 0:40", { { "0:40", "time", "00:40", N, N, N } } },
	{ "at 12 p.m.", { { "12 p.m.", "time", "12:00", N, N, N } } },
	{ "at 11pm GMT", { { "11pm GMT", "time", "23:00", N, N, N } } },

	/* durations */
	{ "a 10-year guarantee", { { "10-year", "duration", "10", "year", N, N } } },
	{ "for 42 months", { { "42 months", "duration", "42", "month", N, N } } },
	{ "two years ago", { { "two years", "duration", "2", "year", N, N } } },
	{ "a 21-year-old man", { { "21-year-old", "duration", "21", "year", N, N } } },
	{ "a seven-year term", { { "seven-year", "duration", "7", "year", N, N } } },
	{ "an 18 year old player", { { "18 year old", "duration", "18", "year", N, N } } },
	{ "who is 23 years old", { { "23 years old", "duration", "23", "year", N, N } } },
	{ "Sudesh Amman, 20, was", { { "20", "duration", "20", "year", N, N } } },
	{ "a daughter, aged 17, escaped", { { "17", "duration", "17", "year", N, N } } },
	{ "Quirin and Redouane, 40 and 49, at", { { "40", "duration", "40", "year", N, N }, { "49", "duration", "49", "year", N, N } } },
	{ "when she was about 57.", { { "about 57", "duration", "57", "year", "~", N } } },
	{ "at the age of 13, I", { { "13", "duration", "13", "year", N, N } } },
	{ "when I was 16.", { { "16", "duration", "16", "year", N, N } } },
	{ "ran 2:14:04 to win", { { "2:14:04", "duration", "8044", "second", N, N } } },
	{ "1 hour 59 minutes 40.2 seconds", { { "1 hour 59 minutes 40.2 seconds", "duration", "7180.2", "second", N, N } } },
	{ "in 47.42 seconds", { { "47.42 seconds", "duration", "47.42", "second", N, N } } },
	{ "less than thirteen hours", { { "less than thirteen hours", "duration", "13", "hour", "<", N } } },
	{ "at most two weeks", { { "at most two weeks", "duration", "2", "week", "<=", N } } },
	{ "over 65 years", { { "over 65 years", "duration", "65", "year", ">", N } } },
	{ "33 Earth days", { { "33 Earth days", "duration", "33", "day", N, N } } },
	{ "a two-day summit", { { "two-day", "duration", "2", "day", N, N } } },
	{ "half an hour", { { "half an hour", "duration", "0.5", "hour", N, N } } },
	{ "two and a half years", { { "two and a half years", "duration", "2.5", "year", N, N } } },
	{ "three decades", { { "three decades", "duration", "3", "decade", N, N } } },
	{ "a fortnight", NONE },

	/* hedges */
	{ "up to 40 people", { { "up to 40", "count", "40", N, "<=", N } } },
	{ "fewer than 30 percent", { { "fewer than 30 percent", "percent", "30", "%", "<", N } } },
	{ "upwards of 100,000", { { "upwards of 100,000", "count", "100000", N, ">", N } } },
	{ "as high as 90%", { { "as high as 90%", "percent", "90", "%", "<=", N } } },
	{ "approx. 300 homes", { { "approx. 300", "count", "300", N, "~", N } } },
	{ "nearly 40 tonnes", { { "nearly 40 tonnes", "quantity", "40", "t", "~", N } } },
	{ "no more than 12 people", { { "no more than 12", "count", "12", N, "<=", N } } },
	{ "under 5 km", { { "under 5 km", "quantity", "5", "km", "<", N } } },
	{ "10 years or so", { { "10 years", "duration", "10", "year", "~", N } } },
	{ "one percentage point more than two years ago", { { "one percentage point", "percent", "1", "pp", N, N }, { "two years", "duration", "2", "year", N, N } } },

	/* ranges */
	{ "between 55 and 60 per cent", { { "between 55 and 60 per cent", "percent", "55", "%", N, "60" } } },
	{ "10-15 km", { { "10-15 km", "quantity", "10", "km", N, "15" } } },
	{ "6% to 11%", { { "6% to 11%", "percent", "6", "%", N, "11" } } },
	{ "about 16–17 percent", { { "about 16–17 percent", "percent", "16", "%", "~", "17" } } },
	{ "between $5 and $7 billion", { { "between $5 and $7 billion", "money", "5000000000", "USD", N, "7000000000" } } },
	{ "forty or fifty minute drive", { { "forty or fifty minute", "duration", "40", "minute", N, "50" } } },
	{ "10 to 15 million people", { { "10 to 15 million", "count", "10000000", N, N, "15000000" } } },
	{ "fell by 4.1 million barrels to 441.3 million barrels", { { "4.1 million barrels", "quantity", "4100000", "bbl", N, N }, { "441.3 million barrels", "quantity", "441300000", "bbl", N, N } } },
	{ "rose from 5% to 7%", { { "5%", "percent", "5", "%", N, N }, { "7%", "percent", "7", "%", N, N } } },

	/* the failure classes of the peers' suites (issue 14), one case each */
	{ "Fifty - two people came.", { { "Fifty - two", "count", "52", N, N, N } } },
	{ "It has three hundred and two rooms and 3 hundred and 21 beds.", { { "three hundred and two", "count", "302", N, N, N }, { "3 hundred and 21", "count", "321", N, N, N } } },
	{ "The total is three lakh crore.", { { "three lakh crore", "count", "3000000000000", N, N, N } } },
	{ "It measured two hundred point zero three metres.", { { "two hundred point zero three metres", "quantity", "200.03", "m", N, N } } },
	/* "a" and a fraction word before a unit of time is a duration */
	{ "It took a half hour; a quarter century passed; he ate a half.", { { "a half hour", "duration", "0.5", "hour", N, N }, { "a quarter century", "duration", "0.25", "century", N, N } } },
	/* a tens word after "point" takes two places and its unit the second */
	{ "It read one point twenty five, then six point seventy-one.", { { "one point twenty five", "count", "1.25", N, N, N }, { "six point seventy-one", "count", "6.71", N, N, N } } },
	{ "The score was nought.", { { "nought", "count", "0", N, N, N } } },
	{ "They were playing three-nought-four.", { { "three", "count", "3", N, N, N }, { "nought", "count", "0", N, N, N }, { "four", "count", "4", N, N, N } } },
	{ "It took three-four months and nine-billion dollars.", { { "three-four months", "duration", "3", "month", N, "4" }, { "nine-billion dollars", "money", "9000000000", "USD", N, N } } },
	{ "In its twenty-sixth year, two-thousand came.", { { "two-thousand", "count", "2000", N, N, N } } },
	{ "Two thirds of voters agreed; one fifth did not.", { { "Two thirds", "fraction", "0.6666666666666666", N, N, N }, { "one fifth", "fraction", "0.2", N, N, N } } },
	{ "It takes three and a fifth hours.", { { "three and a fifth hours", "duration", "3.2", "hour", N, N } } },
	{ "There are 3 million and a half of them.", { { "3 million and a half", "count", "3500000", N, N, N } } },
	{ "It costs half a million.", { { "half a million", "count", "500000", N, N, N } } },
	{ "About half million eggs broke.", { { "About half million", "count", "500000", N, "~", N } } },
	{ "A sixth said ⅙ and a mix of 2 1/4 cups.", { { "⅙", "fraction", "0.16666666666666666", N, N, N }, { "2 1/4 cups", "quantity", "2.25", "cup", N, N } } },
	{ "They need 1/40 of it.", { { "1/40", "fraction", "0.025", N, N, N } } },
	{ "The answer is minus one.", { { "minus one", "count", "-1", N, N, N } } },
	{ "It fell -4/5 of a point.", { { "-4/5", "fraction", "-0.8", N, N, N } } },
	{ "It is 10M now and 1.2b later.", { { "10M", "count", "10000000", N, N, N }, { "1.2b", "count", "1200000000", N, N, N } } },
	{ "US$ 1MM was raised.", { { "US$ 1MM", "money", "1000000", "USD", N, N } } },
	{ "They spent €10B and $2.174T.", { { "€10B", "money", "10000000000", "EUR", N, N }, { "$2.174T", "money", "2174000000000", "USD", N, N } } },
	{ "It was 10 €, or 20 usd.", { { "10 €", "money", "10", "EUR", N, N }, { "20 usd", "money", "20", "USD", N, N } } },
	{ "They lost 75 USD million.", { { "75 USD million", "money", "75000000", "USD", N, N } } },
	{ "It cost USD115 in all.", { { "USD115", "money", "115", "USD", N, N } } },
	{ "Losses exceeded 30 MUSD.", { { "exceeded 30 MUSD", "money", "30000000", "USD", ">", N } } },
	{ "It cost C $ 16.4 million.", { { "C $ 16.4 million", "money", "16400000", "CAD", N, N } } },
	{ "It sold for Mex$ 10 million.", { { "Mex$ 10 million", "money", "10000000", "MXN", N, N } } },
	{ "The bill came to 100 ₡.", { { "100 ₡", "money", "100", "CRC", N, N } } },
	{ "Nokia paid 420 million finnish markka.", { { "420 million finnish markka", "money", "420000000", "FIM", N, N } } },
	{ "It cost 3 dollars 50 cents.", { { "3 dollars 50 cents", "money", "3.5", "USD", N, N } } },
	{ "The range is 1000 - 5000.", { { "1000 - 5000", "count", "1000", N, N, "5000" } } },
	{ "The dose was 44 mg to 50 mg.", { { "44 mg to 50 mg", "quantity", "44", "mg", N, "50" } } },
	{ "They were given 45 and 50 mg.", { { "45", "quantity", "45", "mg", N, N }, { "50 mg", "quantity", "50", "mg", N, N } } },
	{ "It rose from 5% to 20%.", { { "5%", "percent", "5", "%", N, N }, { "20%", "percent", "20", "%", N, N } } },
	{ "Crowds of from 5,000 to 8,000 came.", { { "5,000 to 8,000", "count", "5000", N, N, "8000" } } },
	{ "Between -5 and 5 degrees.", { { "Between -5 and 5 degrees", "quantity", "-5", "deg", N, "5" } } },
	{ "It is larger than 10 and smaller than 20.", { { "larger than 10 and smaller than 20", "count", "10", N, N, "20" } } },
	{ "At most 100 and at least 20 came.", { { "At most 100 and at least 20", "count", "20", N, N, "100" } } },
	{ "It weighs 20 (kg) and 150 microgram.", { { "20 (kg)", "quantity", "20", "kg", N, N }, { "150 microgram", "quantity", "150", "ug", N, N } } },
	{ "Mix in 3 tablespoons and ½ teaspoon.", { { "3 tablespoons", "quantity", "3", "tbsp", N, N }, { "½ teaspoon", "quantity", "0.5", "tsp", N, N } } },
	{ "The gap was 1.7 eV at 50 Wh.", { { "1.7 eV", "quantity", "1.7", "eV", N, N }, { "50 Wh", "quantity", "50", "Wh", N, N } } },
	{ "It was 40 celsius and 90 fahrenheit.", { { "40 celsius", "quantity", "40", "degC", N, N }, { "90 fahrenheit", "quantity", "90", "degF", N, N } } },
	{ "Normal is 98.6 degrees f.", { { "98.6 degrees f", "quantity", "98.6", "degF", N, N } } },
	{ "He is 5 feet 2 inches.", { { "5 feet 2 inches", "quantity", "5.166666666666667", "ft", N, N } } },
	{ "It flows at 500,000 barrels a day.", { { "500,000 barrels a day", "quantity", "500000", "bbl/d", N, N } } },
	{ "The volume is 4 km cubed.", { { "4 km cubed", "quantity", "4", "km3", N, N } } },
	{ "The patient is a 87 yo man.", { { "87 yo", "duration", "87", "year", N, N } } },
	{ "It was 100 percentage.", { { "100 percentage", "percent", "100", "%", N, N } } },
	{ "Temperatures hit 40C today.", { { "40C", "quantity", "40", "degC", N, N } } },

	/* the misses of the wire stories (issue 14): flows, ranks */
	{ "The river flowed at 3,000 cubic metres per second.", { { "3,000 cubic metres per second", "quantity", "3000", "m3/s", N, N } } },
	{ "the world's No. 2 oil producer", { { "No. 2", "ordinal", "2", N, N, N } } },
	{ "licence No. 3846 was", NONE },
	{ "winds of 120 kilometres an hour", { { "120 kilometres an hour", "quantity", "120", "km/h", N, N } } },
	/* not figures */
	{ "the new coronavirus COVID-19", NONE },
	{ "along Route 9 and Article 50", NONE },
	{ "a Boeing 737 landed", NONE },
	{ "the iPhone 11 launch", NONE },
	{ "the G7 summit", NONE },
	{ "call 555-123-4567 now", NONE },
	{ "call +44 20 7946 0958", NONE },
	{ "and phoned 911 at once", NONE },
	{ "see https://example.org/2019/05/a1 today", NONE },
	{ "write to jane2019@example.com", NONE },
	{ "for the first time", NONE },
	{ "the second half of the year", NONE },
	{ "thousands marched", NONE },
	{ "a few hundred people", NONE },
	{ "tens of thousands", NONE },
	{ "hundreds of thousands of people", NONE },
	{ "one of the men", NONE },
	{ "One MP said", NONE },
	{ "this one", NONE },
	{ "at one point he left", NONE },
	{ "the 8chan board", NONE },
	{ "its 5G network", NONE },
	{ "the H1N1 virus", NONE },
	{ "PM2.5 levels", NONE },
	{ "Republic Act No. 3846", NONE },
	{ "in late July", NONE },
	{ "Queen Elizabeth II", NONE },
	{ "open 24/7", NONE },
	{ "a Volvo XC90", NONE },
	{ "half-time talk", NONE },
	{ "the 2019-nCoV outbreak", NONE },
	{ "SARS-CoV-2 spread", NONE },
	{ "version 1.2.3 shipped", NONE },
	{ "the K2-18b planet", NONE },
};

static int value_ok(const struct nf_figure *f, const char *want)
{
	if (f->kind == NF_FIG_DATE || f->kind == NF_FIG_TIME)
		return strcmp(f->iso, want) == 0;
	{
		double w = strtod(want, NULL);
		return fabs(f->value - w) <= 1e-5 * (fabs(w) > 1 ? fabs(w) : 1);
	}
}

/* The unit as count-figures writes it: "km/h", "USD/L", "bbl/d". */
static const char *unit_of(const struct nf_figure *f)
{
	static char buf[64];

	if (!f->unit || !f->per)
		return f->unit;
	snprintf(buf, sizeof buf, "%s/%s", f->unit, f->per);
	return buf;
}

static int str_ok(const char *got, const char *want)
{
	if (!got || !want)
		return got == want;
	return strcmp(got, want) == 0;
}

static void describe(const char *text, const struct nf_figure *f, char *out, size_t n)
{
	char v[40];

	if (f->kind == NF_FIG_DATE || f->kind == NF_FIG_TIME)
		snprintf(v, sizeof v, "%s", f->iso);
	else
		snprintf(v, sizeof v, "%.10g", f->value);
	snprintf(out, n, "[%.*s|%s|%s|%s|%s|%s]", (int)(f->end - f->start), text + f->start,
		nf_figure_kind_name(f->kind), v, f->unit ? unit_of(f) : "null",
		f->qualifier ? f->qualifier : "null", f->has_upper ? "upper" : "-");
}

struct collect {
	struct nf_figure *v;
	size_t n;
};

static void collect_one(const struct nf_figure *f, void *arg)
{
	struct collect *c = arg;

	c->v = realloc(c->v, (c->n + 1) * sizeof *c->v);
	c->v[c->n++] = *f;
}

int main(void)
{
	struct nf_figures fs = { 0 };
	size_t ncases = sizeof cases / sizeof cases[0], c;
	char name[200], got[600];

	for (c = 0; c < ncases; c++) {
		const struct tcase *t = &cases[c];
		size_t len = strlen(t->in), n, k, nw = 0;
		char *copy = malloc(len ? len : 1);
		int ok = 1;

		/* an exact-size copy, so that ASan sees any read past the end */
		memcpy(copy, t->in, len);
		n = nf_figures_find(&fs, copy, len);
		while (nw < 4 && t->w[nw].text)
			nw++;
		if (n != nw)
			ok = 0;
		for (k = 0; ok && k < n; k++) {
			const struct nf_figure *f = &fs.v[k];
			const struct want *w = &t->w[k];
			if (f->end - f->start != strlen(w->text) ||
			    memcmp(copy + f->start, w->text, strlen(w->text)) != 0 ||
			    strcmp(nf_figure_kind_name(f->kind), w->kind) != 0 ||
			    !value_ok(f, w->value) || !str_ok(unit_of(f), w->unit) ||
			    !str_ok(f->qualifier, w->qual) ||
			    (w->upper ? !f->has_upper || fabs(f->upper - strtod(w->upper, NULL)) > 1e-6 * fabs(f->upper)
			              : f->has_upper))
				ok = 0;
		}
		snprintf(name, sizeof name, "figures: %s", t->in);
		if (ok) {
			printf("PASS %s\n", name);
		} else {
			size_t p = 0;
			got[0] = 0;
			for (k = 0; k < n && p < sizeof got - 100; k++) {
				describe(copy, &fs.v[k], got + p, sizeof got - p);
				p += strlen(got + p);
			}
			printf("FAIL %s: got %zu figure(s) %s, want %zu\n", name, n, got, nw);
			test_failures++;
		}
		free(copy);
	}
	CHECK("figures: at least 150 cases", ncases >= 150);
	/* Every prefix of every case, in an exact-size buffer: a figure cut
	 * off at the end of the text must never be read past (the fuzzer
	 * found "...one" and "...Hong" at the very end). */
	{
		static const char *const extra[] = { "1 hour 59 minutes 40.1 se/",
			"12/03/24444444444", "5 Hong", "3 one", "about 5 New",
			"between 5 and", "2 December", "at 10:39 a.", NULL };
		size_t bad = 0, runs = 0;
		for (c = 0; c < ncases + 8; c++) {
			const char *in = c < ncases ? cases[c].in : extra[c - ncases];
			size_t len, p, k;
			if (!in)
				break;
			len = strlen(in);
			for (p = 0; p <= len; p++) {
				char *copy = malloc(p ? p : 1);
				memcpy(copy, in, p);
				nf_figures_find(&fs, copy, p);
				for (k = 0; k < fs.n; k++)
					if (fs.v[k].end > p || fs.v[k].start >= fs.v[k].end) {
						if (!bad++)
							printf("cut at %zu: \"%s\"\n", p, in);
					}
				free(copy);
				runs++;
			}
		}
		CHECK("figures: every prefix of every case stays inside the text", bad == 0 && runs > 3000);
	}
	/* every listed word is found through the lexicon's index, as what
	 * its list says it is, and the scan's length masks let it through */
	{
		int ok = 1;
		const unsigned short (*lens)[26] = nf_fig_numword_lens();
		const struct nf_fig_numword *n;
		const struct nf_fig_word *const lists[] = { nf_fig_magnitudes,
			nf_fig_durations, nf_fig_unit_words, nf_fig_currency_words,
			nf_fig_currency_adjs, nf_fig_months };
		const char *const *const roles[] = { nf_fig_duration_adjs,
			nf_fig_free_caps, nf_fig_id_words, nf_fig_call_words,
			nf_fig_suffix_words };
		for (n = nf_fig_numwords; n->w; n++) {
			const struct nf_fig_lex *x = nf_fig_lex_find(n->w, strlen(n->w));
			if (!x || !x->num || strcmp(x->num->w, n->w) != 0 ||
			    !(lens[n->w[0] - 'a'][n->w[1] - 'a'] >> strlen(n->w) & 1))
				ok = 0;
		}
		for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
			for (const struct nf_fig_word *w = lists[l]; w->w; w++) {
				const struct nf_fig_lex *x = nf_fig_lex_find(w->w, strlen(w->w));
				const struct nf_fig_word *got = !x ? NULL : l == 0 ? x->magnitude :
					l == 1 ? x->duration : l == 2 ? x->unit : l == 3 ? x->currency :
					l == 4 ? x->currency_adj : x->month;
				if (!got || strcmp(got->w, w->w) != 0)
					ok = 0;
			}
		for (size_t r = 0; r < sizeof roles / sizeof roles[0]; r++)
			for (const char *const *w = roles[r]; *w; w++) {
				const struct nf_fig_lex *x = nf_fig_lex_find(*w, strlen(*w));
				if (!x || !(x->roles & (1u << r)))
					ok = 0;
			}
		/* every hedge is listed under its last word */
		for (const struct nf_fig_hedge *h = nf_fig_hedges; h->w; h++) {
			const char *last = strrchr(h->w, ' ');
			const struct nf_fig_lex *x;
			int found = 0;
			last = last ? last + 1 : h->w;
			x = nf_fig_lex_find(last, strlen(last));
			for (size_t k = 0; x && k < x->hedge_n; k++)
				found |= nf_fig_hedge_pool()[x->hedge_at + k].h == h;
			if (!found)
				ok = 0;
		}
		for (const struct nf_fig_word *w = nf_fig_unit_symbols; w->w; w++) {
			const struct nf_fig_sym *y = nf_fig_sym_find(w->w, strlen(w->w));
			if (!y || !y->unit || strcmp(y->unit->w, w->w) != 0)
				ok = 0;
		}
		for (const char *const *c = nf_fig_currency_codes; *c; c++) {
			const struct nf_fig_sym *y = nf_fig_sym_find(*c, strlen(*c));
			if (!y || !y->currency)
				ok = 0;
		}
		for (const char *const *c = nf_fig_timezones; *c; c++) {
			const struct nf_fig_sym *y = nf_fig_sym_find(*c, strlen(*c));
			if (!y || !y->timezone)
				ok = 0;
		}
		CHECK("figures: every listed word is in the lexicon", ok);
		CHECK("figures: lexicon folds case for words, not for symbols",
			nf_fig_lex_find("MILLION", 7) && nf_fig_lex_find("MILLION", 7)->num &&
			nf_fig_sym_find("mw", 2) == NULL && nf_fig_sym_find("MW", 2) &&
			nf_fig_lex_find("millions", 8) == NULL);
	}
	/* streaming gives the figures nf_figures_find gives, in order, over
	 * many more than it holds at a time */
	{
		static char big[40000];
		struct nf_figures all = { 0 }, part = { 0 };
		struct collect c = { 0 };
		size_t len = 0, n;
		while (len + 40 < sizeof big)
			len += (size_t)snprintf(big + len, sizeof big - len,
				"%zu km, aged 40 and 49, ", len % 997);
		nf_figures_find(&all, big, len);
		n = nf_figures_each(&part, big, len, collect_one, &c);
		int same = n == all.n && c.n == all.n;
		for (size_t k = 0; same && k < n; k++) {
			const struct nf_figure *a = &all.v[k], *b = &c.v[k];
			same = a->start == b->start && a->end == b->end && a->kind == b->kind &&
				a->value == b->value && a->unit == b->unit &&
				a->qualifier == b->qualifier && strcmp(a->iso, b->iso) == 0;
		}
		CHECK("figures: streaming gives every figure", same && all.n > 1000 &&
			part.cap <= 512);
		nf_figures_free(&all);
		nf_figures_free(&part);
		free(c.v);
	}
	CHECK_STR("figures: kind names", nf_figure_kind_name(NF_FIG_DURATION), "duration");
	/* the array is reused: a second text overwrites the first */
	nf_figures_find(&fs, "12 km and 5%", 12);
	CHECK("figures: reuse", fs.n == 2 && fs.v[1].kind == NF_FIG_PERCENT);
	CHECK("figures: empty text", nf_figures_find(&fs, "", 0) == 0);
	nf_figures_free(&fs);
	TEST_END();
}
