#!/usr/bin/env python3
"""Fills osteon_pt_BR.ts and osteon_es.ts from the dictionaries below after `lupdate`.

Usage (from the repository root):
  /usr/lib/qt6/bin/lupdate -no-obsolete ui app/gui -ts translations/osteon_pt_BR.ts translations/osteon_es.ts
  python3 translations/fill_translations.py
A source string missing from a dictionary is reported and left unfinished, which the
translations test catches.
"""
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape, unescape

SAME = {"D", "E", "B", "Q", "Backspace", "Ctrl+Shift+L", "Ctrl+Shift+E", "G", "M", "X", "J", "Ctrl+Shift+Z", "Alt+Right", "Alt+Left", "Ctrl+Shift+O", "Ctrl+Shift+D", "Ctrl+1", "Ctrl+2", "Ctrl+3", "N", "A", "S", "C", "F", "Ctrl+0",
        "R", "Shift+R", "H", "V", "I", "Shift+I", "T", "O", "L", "Esc", "W", "F1", "%1 %2/%3",
        "RGB %1 %2 %3", "Osteon", "%1 x %2 x %3, %4", "Osteon - %1"}

PT = {
    "Corner text": "Texto dos cantos",
    "W %1 L %2\nZoom %3%": "J %1 N %2\nZoom %3%",
    "Open a study (Ctrl+O) or drop files here": "Abra um estudo (Ctrl+O) ou solte arquivos aqui",
    "stored %1, value %2": "armazenado %1, valor %2",
    "(%1, %2) %3 | LPS (%4, %5, %6) mm": "(%1, %2) %3 | LPS (%4, %5, %6) mm",
    "Studies": "Estudos",
    "Files that could not be loaded, with the reason": "Arquivos que não puderam ser carregados, com o motivo",
    "Cancel": "Cancelar",
    "Main": "Principal",
    "&File": "&Arquivo",
    "&Open file...": "&Abrir arquivo...",
    "Open images": "Abrir imagens",
    "Images (*.dcm *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.nrrd *.mha *);;All files (*)":
        "Imagens (*.dcm *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.nrrd *.mha *);;Todos os arquivos (*)",
    "Open &folder...": "Abrir &pasta...",
    "Open a folder of DICOM files": "Abrir uma pasta de arquivos DICOM",
    "Open &DICOMDIR...": "Abrir &DICOMDIR...",
    "Open a DICOMDIR": "Abrir um DICOMDIR",
    "DICOMDIR (DICOMDIR dicomdir)": "DICOMDIR (DICOMDIR dicomdir)",
    "&Recent studies": "Estudos &recentes",
    "&Quit": "&Sair",
    "&View": "&Visualizar",
    "Layout 1x1": "Layout 1x1",
    "Layout 1x3": "Layout 1x3",
    "Layout 2x2": "Layout 2x2",
    "Next view": "Próxima vista",
    "Axial plane": "Plano axial",
    "Sagittal plane": "Plano sagital",
    "Coronal plane": "Plano coronal",
    "Next slice": "Próximo corte",
    "Previous slice": "Corte anterior",
    "Ten slices forward": "Dez cortes à frente",
    "Ten slices back": "Dez cortes atrás",
    "First slice": "Primeiro corte",
    "Last slice": "Último corte",
    "Cine play/stop": "Cine reproduzir/parar",
    "Fit to window": "Ajustar à janela",
    "Actual pixels (1:1)": "Pixels reais (1:1)",
    "Zoom in": "Aproximar",
    "Zoom out": "Afastar",
    "Rotate 90 degrees clockwise": "Girar 90 graus no sentido horário",
    "Rotate 90 degrees counter-clockwise": "Girar 90 graus no sentido anti-horário",
    "Flip horizontally": "Espelhar horizontalmente",
    "Flip vertically": "Espelhar verticalmente",
    "Invert": "Inverter",
    "Smooth interpolation": "Interpolação suave",
    "Show corner text": "Mostrar texto dos cantos",
    "Show overlays": "Mostrar sobreposições",
    "Link cursor between views": "Vincular cursor entre as vistas",
    "Linked cursor on": "Cursor vinculado ativado",
    "Linked cursor off": "Cursor vinculado desativado",
    "Reset view": "Restaurar vista",
    "Language": "Idioma",
    "The language changes the next time Osteon starts.": "O idioma muda na próxima vez que o Osteon iniciar.",
    "&Window": "&Janela",
    "Auto window/level": "Janela/nível automático",
    "Header preset %1": "Predefinição do cabeçalho %1",
    "&Help": "A&juda",
    "&Keyboard shortcuts": "&Atalhos de teclado",
    "&About Osteon": "&Sobre o Osteon",
    "About Osteon": "Sobre o Osteon",
    "Osteon %1: a radiology viewer for bone and spine imaging.\nNot for clinical use.":
        "Osteon %1: um visualizador radiológico para imagens de ossos e coluna.\nNão destinado a uso clínico.",
    "Still loading; cancel first to open something else.": "Ainda carregando; cancele antes de abrir outra coisa.",
    "Loading %1": "Carregando %1",
    "Loading cancelled": "Carregamento cancelado",
    "%n series loaded": ["%n série carregada", "%n séries carregadas"],
    ", %n problem(s): see the Studies panel": [", %n problema: veja o painel Estudos", ", %n problemas: veja o painel Estudos"],
    "(no description)": "(sem descrição)",
    " [stack %1]": " [pilha %1]",
    "Reading headers": "Lendo cabeçalhos",
    "%1: no images found": "%1: nenhuma imagem encontrada",
    "Done": "Concluído",
    "Keyboard shortcuts": "Atalhos de teclado",
    "Action": "Ação",
    "Shortcut": "Atalho",
    "Series": "Séries",
    "Modality": "Modalidade",
    "Images": "Imagens",
    "(no patient)": "(sem paciente)",
    "(no study description)": "(sem descrição do estudo)",
    "Osteon radiology viewer": "Visualizador radiológico Osteon",
    "DICOM files or folders, DICOMDIR, or images to open": "Arquivos ou pastas DICOM, DICOMDIR ou imagens para abrir",
    "View layout: 1x1, 1x3 or 2x2": "Layout das vistas: 1x1, 1x3 ou 2x2",
    "User interface language: en, pt_BR or es": "Idioma da interface: en, pt_BR ou es",
    "Save a screenshot of the window once the study is shown, then quit": "Salvar uma captura da janela quando o estudo aparecer e sair",
    "Print the time from start to the first image shown, then quit": "Mostrar o tempo do início até a primeira imagem e sair",
    "Labels": "Rótulos",
    "Open an RSNA dataset folder (File > Open RSNA dataset) to label it.": "Abra uma pasta de conjunto de dados RSNA (Arquivo > Abrir conjunto RSNA) para rotulá-la.",
    "Points placed and grades given: a dot is a point, N/M/S the grade": "Pontos colocados e graus dados: um ponto é um ponto marcado, N/M/S o grau",
    "%1 has no train_images/<study> folders": "%1 não tem pastas train_images/<estudo>",
    "Restored %n unsaved edit(s) of study %1": ["Restaurada %n edição não salva do estudo %1", "Restauradas %n edições não salvas do estudo %1"],
    "Next missing: %1 %2": "Próximo pendente: %1 %2",
    "Every point is placed and every level graded in this study.": "Todos os pontos estão colocados e todos os níveis graduados neste estudo.",
    "Undo: %1": "Desfazer: %1",
    "Redo: %1": "Refazer: %1",
    "Saved train.csv and train_label_coordinates.csv in %1": "train.csv e train_label_coordinates.csv salvos em %1",
    "Not saved: %1": "Não salvo: %1",
    "No dataset open.": "Nenhum conjunto de dados aberto.",
    "Study %1 of %2 (%3): %4/25 points, %5/25 grades. %6 of %2 studies fully graded. Now: %7 %8":
        "Estudo %1 de %2 (%3): %4/25 pontos, %5/25 graus. %6 de %2 estudos totalmente graduados. Agora: %7 %8",
    "Place points on the acquired slices: switch this view to its acquisition plane.": "Coloque os pontos nos cortes adquiridos: mude esta vista para o seu plano de aquisição.",
    "Restore unsaved work": "Restaurar trabalho não salvo",
    "Study %1 has annotation work that was not saved when Osteon last closed. Restore it?": "O estudo %1 tem anotações que não foram salvas quando o Osteon fechou pela última vez. Restaurá-las?",
    "Labelling": "Rotulagem",
    "Open RSNA &dataset for labelling...": "Abrir &conjunto RSNA para rotular...",
    "Open an RSNA dataset folder (train_images + CSV files)": "Abrir uma pasta de conjunto RSNA (train_images + arquivos CSV)",
    "&Save labels (RSNA CSV files)": "&Salvar rótulos (arquivos CSV RSNA)",
    "&Export view as PNG...": "&Exportar vista como PNG...",
    "Export view": "Exportar vista",
    "PNG images (*.png)": "Imagens PNG (*.png)",
    "Could not write %1": "Não foi possível gravar %1",
    "&Labelling": "&Rotulagem",
    "Condition: %1": "Condição: %1",
    "Level %1": "Nível %1",
    "Grade Normal/Mild": "Grau Normal/Leve",
    "Grade Moderate": "Grau Moderado",
    "Grade Severe": "Grau Grave",
    "Jump to the next missing label": "Ir para o próximo rótulo pendente",
    "Delete the selected point": "Excluir o ponto selecionado",
    "Undo": "Desfazer",
    "Redo": "Refazer",
    "Next study": "Próximo estudo",
    "Previous study": "Estudo anterior",
    "&Measure": "&Medir",
    "Distance": "Distância",
    "Angle": "Ângulo",
    "Cobb angle": "Ângulo de Cobb",
    "Stop measuring": "Parar de medir",
    "Remove the last measurement": "Remover a última medida",
    "Measurements": "Medidas",
    "Measurement tool off": "Ferramenta de medida desligada",
    "Distance: click two points": "Distância: clique em dois pontos",
    "Angle: click an arm, the vertex, the other arm": "Ângulo: clique em um lado, no vértice e no outro lado",
    "Cobb angle: click the two ends of the upper endplate, then of the lower endplate": "Ângulo de Cobb: clique nas duas pontas do platô superior e depois do platô inferior",
    "Measured %1": "Medido: %1",
    "Cobb %1": "Cobb %1",
}

ES = {
    "Corner text": "Texto de las esquinas",
    "W %1 L %2\nZoom %3%": "V %1 N %2\nZoom %3%",
    "Open a study (Ctrl+O) or drop files here": "Abra un estudio (Ctrl+O) o suelte archivos aquí",
    "stored %1, value %2": "almacenado %1, valor %2",
    "(%1, %2) %3 | LPS (%4, %5, %6) mm": "(%1, %2) %3 | LPS (%4, %5, %6) mm",
    "Studies": "Estudios",
    "Files that could not be loaded, with the reason": "Archivos que no se pudieron cargar, con el motivo",
    "Cancel": "Cancelar",
    "Main": "Principal",
    "&File": "&Archivo",
    "&Open file...": "&Abrir archivo...",
    "Open images": "Abrir imágenes",
    "Images (*.dcm *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.nrrd *.mha *);;All files (*)":
        "Imágenes (*.dcm *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.nrrd *.mha *);;Todos los archivos (*)",
    "Open &folder...": "Abrir &carpeta...",
    "Open a folder of DICOM files": "Abrir una carpeta de archivos DICOM",
    "Open &DICOMDIR...": "Abrir &DICOMDIR...",
    "Open a DICOMDIR": "Abrir un DICOMDIR",
    "DICOMDIR (DICOMDIR dicomdir)": "DICOMDIR (DICOMDIR dicomdir)",
    "&Recent studies": "Estudios &recientes",
    "&Quit": "&Salir",
    "&View": "&Ver",
    "Layout 1x1": "Disposición 1x1",
    "Layout 1x3": "Disposición 1x3",
    "Layout 2x2": "Disposición 2x2",
    "Next view": "Siguiente vista",
    "Axial plane": "Plano axial",
    "Sagittal plane": "Plano sagital",
    "Coronal plane": "Plano coronal",
    "Next slice": "Corte siguiente",
    "Previous slice": "Corte anterior",
    "Ten slices forward": "Diez cortes adelante",
    "Ten slices back": "Diez cortes atrás",
    "First slice": "Primer corte",
    "Last slice": "Último corte",
    "Cine play/stop": "Cine reproducir/detener",
    "Fit to window": "Ajustar a la ventana",
    "Actual pixels (1:1)": "Píxeles reales (1:1)",
    "Zoom in": "Acercar",
    "Zoom out": "Alejar",
    "Rotate 90 degrees clockwise": "Girar 90 grados en sentido horario",
    "Rotate 90 degrees counter-clockwise": "Girar 90 grados en sentido antihorario",
    "Flip horizontally": "Voltear horizontalmente",
    "Flip vertically": "Voltear verticalmente",
    "Invert": "Invertir",
    "Smooth interpolation": "Interpolación suave",
    "Show corner text": "Mostrar texto de las esquinas",
    "Show overlays": "Mostrar superposiciones",
    "Link cursor between views": "Vincular el cursor entre vistas",
    "Linked cursor on": "Cursor vinculado activado",
    "Linked cursor off": "Cursor vinculado desactivado",
    "Reset view": "Restablecer vista",
    "Language": "Idioma",
    "The language changes the next time Osteon starts.": "El idioma cambia la próxima vez que se inicie Osteon.",
    "&Window": "Ve&ntana",
    "Auto window/level": "Ventana/nivel automático",
    "Header preset %1": "Preajuste del encabezado %1",
    "&Help": "A&yuda",
    "&Keyboard shortcuts": "&Atajos de teclado",
    "&About Osteon": "&Acerca de Osteon",
    "About Osteon": "Acerca de Osteon",
    "Osteon %1: a radiology viewer for bone and spine imaging.\nNot for clinical use.":
        "Osteon %1: un visor radiológico para imágenes de hueso y columna.\nNo apto para uso clínico.",
    "Still loading; cancel first to open something else.": "Todavía cargando; cancele antes de abrir otra cosa.",
    "Loading %1": "Cargando %1",
    "Loading cancelled": "Carga cancelada",
    "%n series loaded": ["%n serie cargada", "%n series cargadas"],
    ", %n problem(s): see the Studies panel": [", %n problema: vea el panel Estudios", ", %n problemas: vea el panel Estudios"],
    "(no description)": "(sin descripción)",
    " [stack %1]": " [pila %1]",
    "Reading headers": "Leyendo encabezados",
    "%1: no images found": "%1: no se encontraron imágenes",
    "Done": "Hecho",
    "Keyboard shortcuts": "Atajos de teclado",
    "Action": "Acción",
    "Shortcut": "Atajo",
    "Series": "Series",
    "Modality": "Modalidad",
    "Images": "Imágenes",
    "(no patient)": "(sin paciente)",
    "(no study description)": "(sin descripción del estudio)",
    "Osteon radiology viewer": "Visor radiológico Osteon",
    "DICOM files or folders, DICOMDIR, or images to open": "Archivos o carpetas DICOM, DICOMDIR o imágenes para abrir",
    "View layout: 1x1, 1x3 or 2x2": "Disposición de vistas: 1x1, 1x3 o 2x2",
    "User interface language: en, pt_BR or es": "Idioma de la interfaz: en, pt_BR o es",
    "Save a screenshot of the window once the study is shown, then quit": "Guardar una captura de la ventana cuando se muestre el estudio y salir",
    "Print the time from start to the first image shown, then quit": "Mostrar el tiempo desde el inicio hasta la primera imagen y salir",
    "Labels": "Etiquetas",
    "Open an RSNA dataset folder (File > Open RSNA dataset) to label it.": "Abra una carpeta de conjunto de datos RSNA (Archivo > Abrir conjunto RSNA) para etiquetarla.",
    "Points placed and grades given: a dot is a point, N/M/S the grade": "Puntos colocados y grados asignados: un punto es un punto marcado, N/M/S el grado",
    "%1 has no train_images/<study> folders": "%1 no tiene carpetas train_images/<estudio>",
    "Restored %n unsaved edit(s) of study %1": ["Restaurada %n edición no guardada del estudio %1", "Restauradas %n ediciones no guardadas del estudio %1"],
    "Next missing: %1 %2": "Siguiente pendiente: %1 %2",
    "Every point is placed and every level graded in this study.": "Todos los puntos están colocados y todos los niveles graduados en este estudio.",
    "Undo: %1": "Deshacer: %1",
    "Redo: %1": "Rehacer: %1",
    "Saved train.csv and train_label_coordinates.csv in %1": "train.csv y train_label_coordinates.csv guardados en %1",
    "Not saved: %1": "No guardado: %1",
    "No dataset open.": "Ningún conjunto de datos abierto.",
    "Study %1 of %2 (%3): %4/25 points, %5/25 grades. %6 of %2 studies fully graded. Now: %7 %8":
        "Estudio %1 de %2 (%3): %4/25 puntos, %5/25 grados. %6 de %2 estudios totalmente graduados. Ahora: %7 %8",
    "Place points on the acquired slices: switch this view to its acquisition plane.": "Coloque los puntos en los cortes adquiridos: cambie esta vista a su plano de adquisición.",
    "Restore unsaved work": "Restaurar trabajo no guardado",
    "Study %1 has annotation work that was not saved when Osteon last closed. Restore it?": "El estudio %1 tiene anotaciones que no se guardaron cuando Osteon se cerró por última vez. ¿Restaurarlas?",
    "Labelling": "Etiquetado",
    "Open RSNA &dataset for labelling...": "Abrir &conjunto RSNA para etiquetar...",
    "Open an RSNA dataset folder (train_images + CSV files)": "Abrir una carpeta de conjunto RSNA (train_images + archivos CSV)",
    "&Save labels (RSNA CSV files)": "&Guardar etiquetas (archivos CSV RSNA)",
    "&Export view as PNG...": "&Exportar vista como PNG...",
    "Export view": "Exportar vista",
    "PNG images (*.png)": "Imágenes PNG (*.png)",
    "Could not write %1": "No se pudo escribir %1",
    "&Labelling": "&Etiquetado",
    "Condition: %1": "Condición: %1",
    "Level %1": "Nivel %1",
    "Grade Normal/Mild": "Grado Normal/Leve",
    "Grade Moderate": "Grado Moderado",
    "Grade Severe": "Grado Grave",
    "Jump to the next missing label": "Ir a la siguiente etiqueta pendiente",
    "Delete the selected point": "Eliminar el punto seleccionado",
    "Undo": "Deshacer",
    "Redo": "Rehacer",
    "Next study": "Estudio siguiente",
    "Previous study": "Estudio anterior",
    "&Measure": "&Medir",
    "Distance": "Distancia",
    "Angle": "Ángulo",
    "Cobb angle": "Ángulo de Cobb",
    "Stop measuring": "Dejar de medir",
    "Remove the last measurement": "Quitar la última medida",
    "Measurements": "Medidas",
    "Measurement tool off": "Herramienta de medida desactivada",
    "Distance: click two points": "Distancia: haga clic en dos puntos",
    "Angle: click an arm, the vertex, the other arm": "Ángulo: haga clic en un lado, el vértice y el otro lado",
    "Cobb angle: click the two ends of the upper endplate, then of the lower endplate": "Ángulo de Cobb: haga clic en los dos extremos de la placa terminal superior y luego de la inferior",
    "Measured %1": "Medido: %1",
    "Cobb %1": "Cobb %1",
}


def fill(path, table, lang):
    text = Path(path).read_text(encoding="utf-8")
    text = re.sub(r'<TS version="2.1" language="[^"]*"', f'<TS version="2.1" language="{lang}"', text)
    missing = []

    def repl(m):
        block = m.group(0)
        src = unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1), {"&quot;": '"', "&apos;": "'"})
        if src in SAME:
            tr = src
        elif src in table:
            tr = table[src]
        else:
            missing.append(src)
            return block
        numerus = 'numerus="yes"' in block
        if numerus:
            forms = tr if isinstance(tr, list) else [tr, tr]
            inner = "".join(f"\n            <numerusform>{escape(f)}</numerusform>" for f in forms)
            new = f"<translation>{inner}\n        </translation>"
        else:
            new = f"<translation>{escape(tr if isinstance(tr, str) else tr[0])}</translation>"
        return re.sub(r"<translation[^>]*?(/>|>.*?</translation>)", new, block, flags=re.S)

    text = re.sub(r"<message[^>]*>.*?</message>", repl, text, flags=re.S)
    Path(path).write_text(text, encoding="utf-8")
    return missing


if __name__ == "__main__":
    root = Path(__file__).resolve().parent
    bad = False
    for name, table, lang in (("osteon_pt_BR.ts", PT, "pt_BR"), ("osteon_es.ts", ES, "es")):
        missing = fill(root / name, table, lang)
        for m in missing:
            print(f"{name}: no translation for {m!r}", file=sys.stderr)
        bad = bad or bool(missing)
    sys.exit(1 if bad else 0)
