using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenGov.Catalogue.Infrastructure.Xlsx;

/// <summary>
/// Writes rows of text cells as <see cref="SpreadsheetParts.Text"/> cells would be written, without building a
/// Row, Cell, InlineString and Text element for each: a county-wide export has 1.4 million cells. The elements here
/// only name the tags; one set per writer, since elements are not safe to share between threads.
/// </summary>
internal sealed class TextRowWriter(OpenXmlWriter writer, int columns)
{
    private readonly Row _row = new();
    private readonly Cell _cell = new();
    private readonly InlineString _inline = new();
    private readonly Text _text = new();
    private readonly string[] _columnNames = [.. Enumerable.Range(0, columns).Select(CellReferences.ColumnName)];
    private readonly OpenXmlAttribute[] _rowAttributes = new OpenXmlAttribute[1];
    private readonly OpenXmlAttribute[] _emptyCellAttributes = new OpenXmlAttribute[2];
    private readonly OpenXmlAttribute[] _textCellAttributes = new OpenXmlAttribute[3];

    /// <summary>One row; <paramref name="styles"/> holds each column's style index.</summary>
    public void Write(uint rowIndex, IReadOnlyList<string?> values, IReadOnlyList<uint> styles)
    {
        var row = rowIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _rowAttributes[0] = new OpenXmlAttribute("r", "", row);
        writer.WriteStartElement(_row, _rowAttributes);
        for (var i = 0; i < values.Count; i++)
        {
            var reference = new OpenXmlAttribute("r", "", _columnNames[i] + row);
            var style = new OpenXmlAttribute("s", "", StyleText(styles[i]));
            var value = values[i];
            if (string.IsNullOrEmpty(value))
            {
                _emptyCellAttributes[0] = reference;
                _emptyCellAttributes[1] = style;
                writer.WriteStartElement(_cell, _emptyCellAttributes);
                writer.WriteEndElement();
                continue;
            }

            _textCellAttributes[0] = reference;
            _textCellAttributes[1] = style;
            _textCellAttributes[2] = new OpenXmlAttribute("t", "", "inlineStr");
            writer.WriteStartElement(_cell, _textCellAttributes);
            writer.WriteStartElement(_inline);
            writer.WriteStartElement(_text);
            writer.WriteString(value);
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static string StyleText(uint style) => style switch
    {
        SpreadsheetParts.BodyStyle => "3",
        SpreadsheetParts.BodyCentredStyle => "4",
        _ => style.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
