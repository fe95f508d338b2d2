namespace OpenGov.Catalogue.Application.Catalogues;

/// <summary>One data row of an imported workbook: its row number as Excel shows it, and the item it holds.</summary>
internal sealed record ImportedRow(int RowNumber, CatalogueItemInput Item);

/// <summary>
/// A cell of an imported workbook that could not be understood or breaks an item rule; <c>Column</c> is the header
/// as printed (CAT-3), e.g. 二级事项.
/// </summary>
internal sealed record ImportCellProblem(int RowNumber, string Column, string Message);

/// <summary>What a catalogue workbook holds, in row order, with the cells the reader could not understand.</summary>
internal sealed record CatalogueWorkbookContent(IReadOnlyList<ImportedRow> Rows, IReadOnlyList<ImportCellProblem> Problems);
