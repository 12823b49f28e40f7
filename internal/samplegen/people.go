package main

import (
	"math/rand/v2"
	"strings"
)

// buyer is the person behind an order. Amazon gives sellers an opaque buyer
// ID and, in messages, the buyer's first name and language of preference.
type buyer struct {
	ID       string
	First    string
	Lang     string // BCP 47 tag: en-US, de-DE ...
	OptedOut bool   // opted out of non-critical messages
}

// place is a ship-to city for the orders report.
type place struct{ City, State, Postal, Country string }

var firstNames = map[string][]string{
	"en-US": {"Emily", "Jason", "Megan", "Tyler", "Ashley", "Brandon", "Rachel", "Kevin", "Lauren", "Derek", "Hannah", "Marcus", "Olivia", "Nathan", "Chloe", "Ryan", "Brianna", "Scott", "Kayla", "Greg"},
	"es-US": {"María", "José", "Lucía", "Carlos", "Gabriela", "Luis", "Valeria", "Jorge", "Daniela", "Miguel"},
	"en-GB": {"Oliver", "Amelia", "Harry", "Isla", "George", "Poppy", "Alfie", "Freya"},
	"de-DE": {"Lukas", "Anna", "Jonas", "Lea", "Felix", "Sophie", "Maximilian", "Laura", "Tobias", "Julia", "Stefan", "Katrin", "Matthias", "Sabine"},
	"fr-FR": {"Camille", "Julien", "Léa", "Thomas", "Manon", "Nicolas", "Chloé", "Antoine", "Émilie", "Hugo"},
	"it-IT": {"Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Sara", "Matteo", "Elena", "Davide"},
	"es-ES": {"Lucía", "Javier", "Marta", "Pablo", "Carmen", "Alejandro", "Elena", "Sergio", "Paula", "Raúl"},
}

var places = map[string][]place{
	"US": {{"Austin", "TX", "78704", "US"}, {"Portland", "OR", "97214", "US"}, {"Denver", "CO", "80206", "US"}, {"Charlotte", "NC", "28203", "US"},
		{"Columbus", "OH", "43215", "US"}, {"San Diego", "CA", "92103", "US"}, {"Brooklyn", "NY", "11215", "US"}, {"Naperville", "IL", "60540", "US"},
		{"Tampa", "FL", "33606", "US"}, {"Seattle", "WA", "98117", "US"}, {"Madison", "WI", "53703", "US"}, {"Phoenix", "AZ", "85016", "US"},
		{"Raleigh", "NC", "27605", "US"}, {"Sacramento", "CA", "95816", "US"}, {"Minneapolis", "MN", "55408", "US"}, {"Boise", "ID", "83702", "US"}},
	"DE": {{"Berlin", "Berlin", "10437", "DE"}, {"Hamburg", "Hamburg", "22767", "DE"}, {"München", "Bayern", "80469", "DE"}, {"Köln", "Nordrhein-Westfalen", "50667", "DE"},
		{"Leipzig", "Sachsen", "04109", "DE"}, {"Freiburg im Breisgau", "Baden-Württemberg", "79098", "DE"}, {"Münster", "Nordrhein-Westfalen", "48143", "DE"}, {"Hannover", "Niedersachsen", "30159", "DE"}},
	"FR": {{"Lyon", "Rhône", "69003", "FR"}, {"Nantes", "Loire-Atlantique", "44000", "FR"}, {"Bordeaux", "Gironde", "33000", "FR"}, {"Lille", "Nord", "59000", "FR"}, {"Paris", "Paris", "75011", "FR"}},
	"IT": {{"Milano", "MI", "20121", "IT"}, {"Torino", "TO", "10123", "IT"}, {"Bologna", "BO", "40121", "IT"}, {"Roma", "RM", "00185", "IT"}, {"Firenze", "FI", "50122", "IT"}},
	"ES": {{"Valencia", "Valencia", "46001", "ES"}, {"Madrid", "Madrid", "28004", "ES"}, {"Sevilla", "Sevilla", "41001", "ES"}, {"Málaga", "Málaga", "29001", "ES"}, {"Bilbao", "Bizkaia", "48001", "ES"}},
}

const idChars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

// newBuyerID returns an ID in the shape of Amazon's buyer IDs: 'A' and 13
// upper-case letters or digits.
func newBuyerID(r *rand.Rand) string {
	var b strings.Builder
	b.WriteByte('A')
	for range 13 {
		b.WriteByte(idChars[r.IntN(len(idChars))])
	}
	return b.String()
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }
