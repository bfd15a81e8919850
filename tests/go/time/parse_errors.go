package main

import (
	"fmt"
	"time"
)

func main() {
	cases := [][2]string{
		{time.RFC3339, "2006-01-02"},
		{time.RFC3339, "2006-01-02T15:04:05"},
		{time.RFC3339, "2006-01-02T15:04:05Zjunk"},
		{time.RFC3339, "2006-13-02T15:04:05Z"},
		{time.RFC3339, "2006-02-30T15:04:05Z"},
		{time.RFC3339, "2006-01-02T24:04:05Z"},
		{time.RFC3339, "2006-01-02T15:60:05Z"},
		{time.RFC3339, "2006-01-02T15:04:60Z"},
		{time.RFC3339, "2006-01-02T15:04:05+25:00"},
		{time.RFC3339, "2006-01-02T15:04:05+01:61"},
		{time.RFC3339, "2006-01-02T15:04:05+0100"},
		{time.RFC3339, "2006-01-02T15:04:05 +01:00"},
		{time.DateTime, "2006-01-02 15:04:05.-1"},
		{time.DateOnly, "06-01-02"},
		{time.DateOnly, "2006-1-02"},
		{time.DateOnly, "2006-00-02"},
		{time.DateOnly, "2006-01-32"},
		{time.DateOnly, "2006-01-00"},
		{time.DateOnly, "2023-02-29"},
		{time.DateOnly, "2006-01-02 "},
		{time.DateOnly, " 2006-01-02"},
		{time.DateOnly, ""},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006 extra"},
		{time.ANSIC, "Mxn Jan  2 15:04:05 2006"},
		{time.ANSIC, "Mon Jxn  2 15:04:05 2006"},
		{time.RFC850, "Funday, 02-Jan-06 15:04:05 MST"},
		{time.RFC1123, "Mon, 02 January 2006 15:04:05 MST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 mst"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 AB"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 ABCDEF"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 +07"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 *0700"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 +07x0"},
		{"-07:00", "+07-00"},
		{"-07:00:00", "+07:00-00"},
		{"-070000", "+07000"},
		{"-07", "+7"},
		{"Z07:00", "+25:00"},
		{"Z07:00", "+01:99"},
		{"-070000", "+000099"},
		{time.Kitchen, "13:04PM"},
		{time.Kitchen, "3:04XM"},
		{time.Kitchen, "3:04P"},
		{"3:04pm", "3:04PM"},
		{"15", "24"},
		{"15", "x"},
		{"03", "3"},
		{"04", "60"},
		{"4", "x"},
		{"05", "61"},
		{"05", "5"},
		{"06", "6"},
		{"2006", "206"},
		{"2006", "x006"},
		{"01", "13"},
		{"1", "0"},
		{"02", "2"},
		{"_2", "x"},
		{"Jan", "Jun"},
		{"05.000", "01.12"},
		{"05.000", "01x123"},
		{"05.000", "01.1a3"},
		{"05.999", "01.x"},
		{"002", "12"},
		{"002", "366"},
		{"2006 002", "2023 366"},
		{"2006 002", "2024 367"},
		{"2006 002", "2024 000"},
		{"2006-01 002", "2024-02 032"},
		{"2006-01-02 002", "2024-02-02 034"},
		{"__2", "abc"},
		{"MST", "X"},
		{"MST", "GMT+24"},
		{"Mon", "Tue"},
		{"Monday", "Mon"},
		{"literal 2006", "literal2006"},
		{"a  b", "a b"},
		{"2006 01", "2006  01"},
		{"\x00\"\\é\xff", "\x01\"\\é\xff"},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		if err == nil {
			fmt.Println("ok", t)
			continue
		}
		fmt.Println(err)
		if pe, ok := err.(*time.ParseError); ok {
			fmt.Printf("  %q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
		}
	}
	e := &time.ParseError{Layout: "L", Value: "V", LayoutElem: "LE", ValueElem: "VE"}
	fmt.Println(e.Error())
	e.Message = ": custom"
	fmt.Println(e.Error())
}
