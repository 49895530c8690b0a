<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AiPanel</name>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="117"/>
        <source>AI heatmap</source>
        <translation>Mapa de calor de la IA</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="130"/>
        <source>The AI tasks could not be listed: %1</source>
        <translation>No se pudieron listar las tareas de IA: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="136"/>
        <source>This build has no AI task plugins.</source>
        <translation>Esta compilación no tiene plugins de tareas de IA.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="138"/>
        <location filename="../ui/ai/ai_panel.cpp" line="585"/>
        <source>AI is not in this build: Osteon was built without LibTorch.</source>
        <translation>La IA no está en esta compilación: Osteon se compiló sin LibTorch.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="173"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="181"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="183"/>
        <source>Load model...</source>
        <translation>Cargar modelo...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="184"/>
        <source>A model package (.osteon) or a TorchScript file (.pt) for this task</source>
        <translation>Un paquete de modelo (.osteon) o un archivo TorchScript (.pt) para esta tarea</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="185"/>
        <source>Bundled demo model</source>
        <translation>Modelo de demostración incluido</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="192"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="194"/>
        <source>Run the model on the current image or study (Ctrl+R)</source>
        <translation>Ejecutar el modelo sobre la imagen o el estudio actual (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="195"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="212"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="237"/>
        <source>Class activation map</source>
        <translation>Mapa de activación de clase</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="239"/>
        <source>Show the heatmap on the image</source>
        <translation>Mostrar el mapa de calor sobre la imagen</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="246"/>
        <source>Score-CAM (slow)</source>
        <translation>Score-CAM (lento)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="249"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="251"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="254"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="256"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="260"/>
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="262"/>
        <source>Jet</source>
        <translation>Jet</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="262"/>
        <source>Inferno</source>
        <translation>Inferno</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="262"/>
        <source>Hot</source>
        <translation>Caliente</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="262"/>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="266"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="269"/>
        <source>Compare with class</source>
        <translation>Comparar con la clase</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="287"/>
        <source>Export overlay...</source>
        <translation>Exportar superposición...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="348"/>
        <source>No AI task is selected.</source>
        <translation>No hay ninguna tarea de IA seleccionada.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="348"/>
        <source>Unknown AI task %1</source>
        <translation>Tarea de IA desconocida %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="357"/>
        <source>Input: %1</source>
        <translation>Entrada: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="376"/>
        <source>Bundled demo model (%1)</source>
        <translation>Modelo de demostración incluido (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="386"/>
        <source>Load a model for %1</source>
        <translation>Cargar un modelo para %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="387"/>
        <source>Models (*.osteon *.pt *.pth *.ts);;All files (*)</source>
        <translation>Modelos (*.osteon *.pt *.pth *.ts);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="401"/>
        <source>The model is busy; cancel or wait before loading another.</source>
        <translation>El modelo está ocupado; cancele o espere antes de cargar otro.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="418"/>
        <location filename="../ui/ai/ai_panel.cpp" line="600"/>
        <source>Loading the model...</source>
        <translation>Cargando el modelo...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="516"/>
        <source>Open an image or a study first.</source>
        <translation>Abra primero una imagen o un estudio.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="586"/>
        <source>The model is already running.</source>
        <translation>El modelo ya está en ejecución.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="600"/>
        <source>Running %p%</source>
        <translation>Ejecutando %p%</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="620"/>
        <source>%1: running...</source>
        <translation>%1: ejecutando...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="627"/>
        <source>Cancelling...</source>
        <translation>Cancelando...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="659"/>
        <source>Model loaded: %1</source>
        <translation>Modelo cargado: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="660"/>
        <location filename="../ui/ai/ai_panel.cpp" line="767"/>
        <source>bundled demo model</source>
        <translation>modelo de demostración incluido</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="665"/>
        <source>Loading the model was cancelled.</source>
        <translation>Se canceló la carga del modelo.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="666"/>
        <location filename="../ui/ai/ai_panel.cpp" line="680"/>
        <source>The model could not be loaded: %1</source>
        <translation>No se pudo cargar el modelo: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="674"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="681"/>
        <source>The model could not run: %1</source>
        <translation>No se pudo ejecutar el modelo: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="696"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="758"/>
        <source>Not measured: %1</source>
        <translation>No medido: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="768"/>
        <source>%1 ms, %2</source>
        <translation>%1 ms, %2</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="805"/>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="917"/>
        <source>Computing the %1 map of class %2...</source>
        <translation>Calculando el mapa %1 de la clase %2...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="936"/>
        <source>Class activation map...</source>
        <translation>Mapa de activación de clase...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="948"/>
        <location filename="../ui/ai/ai_panel.cpp" line="990"/>
        <source>The class activation map could not be computed: %1</source>
        <translation>No se pudo calcular el mapa de activación de clase: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="991"/>
        <source>the task returned no heatmap</source>
        <translation>la tarea no devolvió ningún mapa de calor</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1032"/>
        <source>%1, slice %2</source>
        <translation>%1, corte %2</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1036"/>
        <source>%1 of class %2 at layer %3: %4 ms</source>
        <translation>%1 de la clase %2 en la capa %3: %4 ms</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1043"/>
        <source>The map is empty: no region of the image supports this class.</source>
        <translation>El mapa está vacío: ninguna región de la imagen respalda esta clase.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1071"/>
        <source>%1: empty map</source>
        <translation>%1: mapa vacío</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1095"/>
        <source>Nothing to export: show a class activation map first.</source>
        <translation>Nada que exportar: muestre primero un mapa de activación de clase.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1102"/>
        <source>Nothing to export: the explained image is gone.</source>
        <translation>Nada que exportar: la imagen explicada ya no está abierta.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1130"/>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1131"/>
        <source>Overlay written to %1</source>
        <translation>Superposición guardada en %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1136"/>
        <source>Export the overlay</source>
        <translation>Exportar la superposición</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1137"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="23"/>
        <source>Corner text</source>
        <translation>Texto de las esquinas</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="287"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="291"/>
        <source>W %1 L %2
Zoom %3%</source>
        <translation>V %1 N %2
Zoom %3%</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="305"/>
        <source>Open a study (Ctrl+O) or drop files here</source>
        <translation>Abra un estudio (Ctrl+O) o suelte archivos aquí</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="374"/>
        <source>RGB %1 %2 %3</source>
        <translation>RGB %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="379"/>
        <source>stored %1, value %2</source>
        <translation>almacenado %1, valor %2</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="382"/>
        <source>(%1, %2) %3 | LPS (%4, %5, %6) mm</source>
        <translation>(%1, %2) %3 | LPS (%4, %5, %6) mm</translation>
    </message>
</context>
<context>
    <name>LabellingPanel</name>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="36"/>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="39"/>
        <source>Open an RSNA dataset folder (File &gt; Open RSNA dataset) to label it.</source>
        <translation>Abra una carpeta de conjunto de datos RSNA (Archivo &gt; Abrir conjunto RSNA) para etiquetarla.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="66"/>
        <source>Points placed and grades given: a dot is a point, N/M/S the grade</source>
        <translation>Puntos colocados y grados asignados: un punto es un punto marcado, N/M/S el grado</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="84"/>
        <source>Notes for this study (Enter to keep)</source>
        <translation>Notas de este estudio (Intro para conservar)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="123"/>
        <source>%1 has no train_images/&lt;study&gt; folders</source>
        <translation>%1 no tiene carpetas train_images/&lt;estudio&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/labelling_panel.cpp" line="176"/>
        <source>Restored %n unsaved edit(s) of study %1</source>
        <translation>
            <numerusform>Restaurada %n edición no guardada del estudio %1</numerusform>
            <numerusform>Restauradas %n ediciones no guardadas del estudio %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="256"/>
        <source>Next missing: %1 %2</source>
        <translation>Siguiente pendiente: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="262"/>
        <source>Every point is placed and every level graded in this study.</source>
        <translation>Todos los puntos están colocados y todos los niveles graduados en este estudio.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="276"/>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="285"/>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="298"/>
        <source>Saved train.csv and train_label_coordinates.csv in %1</source>
        <translation>train.csv y train_label_coordinates.csv guardados en %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="300"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="322"/>
        <source>Exported %1 de-identified DICOM file(s) and the CSV files to %2 (%3 problem(s))</source>
        <translation>Exportados %1 archivo(s) DICOM anonimizados y los archivos CSV a %2 (%3 problema(s))</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="334"/>
        <source>No dataset open.</source>
        <translation>Ningún conjunto de datos abierto.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="354"/>
        <source>Study %1 of %2 (%3): %4/25 points, %5/25 grades. %6 of %2 studies fully graded. Now: %7 %8</source>
        <translation>Estudio %1 de %2 (%3): %4/25 puntos, %5/25 grados. %6 de %2 estudios totalmente graduados. Ahora: %7 %8</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="372"/>
        <source>Place points on the acquired slices: switch this view to its acquisition plane.</source>
        <translation>Coloque los puntos en los cortes adquiridos: cambie esta vista a su plano de adquisición.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="36"/>
        <source>Osteon</source>
        <translation>Osteon</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="42"/>
        <source>Studies</source>
        <translation>Estudios</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="47"/>
        <source>Files that could not be loaded, with the reason</source>
        <translation>Archivos que no se pudieron cargar, con el motivo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="68"/>
        <source>Restore unsaved work</source>
        <translation>Restaurar trabajo no guardado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="69"/>
        <source>Study %1 has annotation work that was not saved when Osteon last closed. Restore it?</source>
        <translation>El estudio %1 tiene anotaciones que no se guardaron cuando Osteon se cerró por última vez. ¿Restaurarlas?</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="88"/>
        <source>Labelling</source>
        <translation>Etiquetado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="104"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="118"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="173"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="176"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="178"/>
        <source>&amp;Open file...</source>
        <translation>&amp;Abrir archivo...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="181"/>
        <source>Open images</source>
        <translation>Abrir imágenes</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="182"/>
        <source>Images (*.dcm *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.nrrd *.mha *);;All files (*)</source>
        <translation>Imágenes (*.dcm *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.nrrd *.mha *);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="188"/>
        <source>Open &amp;folder...</source>
        <translation>Abrir &amp;carpeta...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="188"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="191"/>
        <source>Open a folder of DICOM files</source>
        <translation>Abrir una carpeta de archivos DICOM</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="195"/>
        <source>Open &amp;DICOMDIR...</source>
        <translation>Abrir &amp;DICOMDIR...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="195"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="197"/>
        <source>Open a DICOMDIR</source>
        <translation>Abrir un DICOMDIR</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="198"/>
        <source>DICOMDIR (DICOMDIR dicomdir)</source>
        <translation>DICOMDIR (DICOMDIR dicomdir)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="201"/>
        <source>Open RSNA &amp;dataset for labelling...</source>
        <translation>Abrir &amp;conjunto RSNA para etiquetar...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="202"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="204"/>
        <source>Open an RSNA dataset folder (train_images + CSV files)</source>
        <translation>Abrir una carpeta de conjunto RSNA (train_images + archivos CSV)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="207"/>
        <source>&amp;Save labels (RSNA CSV files)</source>
        <translation>&amp;Guardar etiquetas (archivos CSV RSNA)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="210"/>
        <source>Export &amp;de-identified dataset...</source>
        <translation>Exportar conjunto &amp;anonimizado...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="212"/>
        <source>Open an RSNA dataset for labelling first.</source>
        <translation>Abra primero un conjunto RSNA para etiquetar.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="216"/>
        <source>Folder for the de-identified dataset</source>
        <translation>Carpeta para el conjunto anonimizado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="219"/>
        <source>&amp;Export view as PNG...</source>
        <translation>&amp;Exportar vista como PNG...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="219"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="221"/>
        <source>Export view</source>
        <translation>Exportar vista</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="222"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="224"/>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="226"/>
        <source>&amp;Recent studies</source>
        <translation>Estudios &amp;recientes</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="229"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="231"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="234"/>
        <source>Layout 1x1</source>
        <translation>Disposición 1x1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="234"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="237"/>
        <source>Layout 1x3</source>
        <translation>Disposición 1x3</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="237"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="240"/>
        <source>Layout 2x2</source>
        <translation>Disposición 2x2</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="240"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="242"/>
        <source>Next view</source>
        <translation>Siguiente vista</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="242"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="246"/>
        <source>Axial plane</source>
        <translation>Plano axial</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="246"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="249"/>
        <source>Sagittal plane</source>
        <translation>Plano sagital</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="249"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="252"/>
        <source>Coronal plane</source>
        <translation>Plano coronal</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="252"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="255"/>
        <source>Next slice</source>
        <translation>Corte siguiente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="257"/>
        <source>Previous slice</source>
        <translation>Corte anterior</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="259"/>
        <source>Ten slices forward</source>
        <translation>Diez cortes adelante</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="261"/>
        <source>Ten slices back</source>
        <translation>Diez cortes atrás</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="263"/>
        <source>First slice</source>
        <translation>Primer corte</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="265"/>
        <source>Last slice</source>
        <translation>Último corte</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="267"/>
        <source>Cine play/stop</source>
        <translation>Cine reproducir/detener</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="275"/>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="275"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="276"/>
        <source>Actual pixels (1:1)</source>
        <translation>Píxeles reales (1:1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="276"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="278"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="280"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="282"/>
        <source>Rotate 90 degrees clockwise</source>
        <translation>Girar 90 grados en sentido horario</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="282"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="284"/>
        <source>Rotate 90 degrees counter-clockwise</source>
        <translation>Girar 90 grados en sentido antihorario</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="285"/>
        <source>Shift+R</source>
        <translation>Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="286"/>
        <source>Flip horizontally</source>
        <translation>Voltear horizontalmente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="286"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="288"/>
        <source>Flip vertically</source>
        <translation>Voltear verticalmente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="288"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="291"/>
        <source>Invert</source>
        <translation>Invertir</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="291"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="293"/>
        <source>Smooth interpolation</source>
        <translation>Interpolación suave</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="293"/>
        <source>Shift+I</source>
        <translation>Shift+I</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="300"/>
        <source>Show corner text</source>
        <translation>Mostrar texto de las esquinas</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="300"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="305"/>
        <source>Show overlays</source>
        <translation>Mostrar superposiciones</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="305"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="311"/>
        <source>Show labelling points</source>
        <translation>Mostrar puntos de etiquetado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="311"/>
        <source>Shift+O</source>
        <translation>Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="317"/>
        <source>Show measurements</source>
        <translation>Mostrar medidas</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="317"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="323"/>
        <source>Link cursor between views</source>
        <translation>Vincular el cursor entre vistas</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="323"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="326"/>
        <source>Linked cursor on</source>
        <translation>Cursor vinculado activado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="326"/>
        <source>Linked cursor off</source>
        <translation>Cursor vinculado desactivado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="328"/>
        <source>Reset view</source>
        <translation>Restablecer vista</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="328"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="333"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="341"/>
        <source>The language changes the next time Osteon starts.</source>
        <translation>El idioma cambia la próxima vez que se inicie Osteon.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="345"/>
        <source>&amp;Window</source>
        <translation>Ve&amp;ntana</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="347"/>
        <source>Auto window/level</source>
        <translation>Ventana/nivel automático</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="347"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="350"/>
        <source>Header preset %1</source>
        <translation>Preajuste del encabezado %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="354"/>
        <source>&amp;Labelling</source>
        <translation>&amp;Etiquetado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="357"/>
        <source>Condition: %1</source>
        <translation>Condición: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="365"/>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="368"/>
        <source>Grade Normal/Mild</source>
        <translation>Grado Normal/Leve</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="368"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="370"/>
        <source>Grade Moderate</source>
        <translation>Grado Moderado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="370"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="372"/>
        <source>Grade Severe</source>
        <translation>Grado Grave</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="372"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="374"/>
        <source>Jump to the next missing label</source>
        <translation>Ir a la siguiente etiqueta pendiente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="374"/>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="376"/>
        <source>Delete the selected point</source>
        <translation>Eliminar el punto seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="378"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="379"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="379"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="381"/>
        <source>Next study</source>
        <translation>Estudio siguiente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="381"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="383"/>
        <source>Previous study</source>
        <translation>Estudio anterior</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="383"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="386"/>
        <source>&amp;Measure</source>
        <translation>&amp;Medir</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="388"/>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="388"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="391"/>
        <source>Angle</source>
        <translation>Ángulo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="391"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="394"/>
        <source>Cobb angle</source>
        <translation>Ángulo de Cobb</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="394"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="396"/>
        <source>Auto Cobb (find vertebrae, measure, ALS type)</source>
        <translation>Cobb automático (buscar vértebras, medir, tipo ALS)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="397"/>
        <source>Shift+B</source>
        <translation>Shift+B</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="401"/>
        <source>Auto Cobb</source>
        <translation>Cobb automático</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="405"/>
        <source>Stop measuring</source>
        <translation>Dejar de medir</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="405"/>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="407"/>
        <source>Undo the last measurement edit</source>
        <translation>Deshacer la última edición de medida</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="408"/>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="410"/>
        <source>&amp;AI</source>
        <translation>&amp;IA</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="415"/>
        <source>Run model on the current image or study</source>
        <translation>Ejecutar el modelo sobre la imagen o el estudio actual</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="416"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="420"/>
        <source>Load model...</source>
        <translation>Cargar modelo...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="424"/>
        <source>Export heatmap overlay...</source>
        <translation>Exportar superposición del mapa de calor...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="426"/>
        <source>Show/hide the AI panel</source>
        <translation>Mostrar/ocultar el panel de IA</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="426"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="434"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="435"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="435"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="439"/>
        <source>&amp;About Osteon</source>
        <translation>&amp;Acerca de Osteon</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="441"/>
        <source>About Osteon</source>
        <translation>Acerca de Osteon</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="442"/>
        <source>Osteon %1: a radiology viewer for bone and spine imaging.
Not for clinical use.</source>
        <translation>Osteon %1: un visor radiológico para imágenes de hueso y columna.
No apto para uso clínico.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="469"/>
        <source>Still loading; cancel first to open something else.</source>
        <translation>Todavía cargando; cancele antes de abrir otra cosa.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="475"/>
        <source>Loading %1</source>
        <translation>Cargando %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="484"/>
        <source>Loading cancelled</source>
        <translation>Carga cancelada</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/main_window.cpp" line="493"/>
        <source>%n series loaded</source>
        <translation>
            <numerusform>%n serie cargada</numerusform>
            <numerusform>%n series cargadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/main_window.cpp" line="495"/>
        <source>, %n problem(s): see the Studies panel</source>
        <translation>
            <numerusform>, %n problema: vea el panel Estudios</numerusform>
            <numerusform>, %n problemas: vea el panel Estudios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="500"/>
        <source>Osteon - %1</source>
        <translation>Osteon - %1</translation>
    </message>
</context>
<context>
    <name>MeasureTool</name>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="20"/>
        <source>Measurements</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="30"/>
        <source>Measurement tool off</source>
        <translation>Herramienta de medida desactivada</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="33"/>
        <source>Distance: click two points</source>
        <translation>Distancia: haga clic en dos puntos</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="36"/>
        <source>Angle: click an arm, the vertex, the other arm</source>
        <translation>Ángulo: haga clic en un lado, el vértice y el otro lado</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="40"/>
        <source>Cobb angle: click the two ends of the upper endplate, then of the lower endplate</source>
        <translation>Ángulo de Cobb: haga clic en los dos extremos de la placa terminal superior y luego de la inferior</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="65"/>
        <source>Restored measurement work that was not saved (%1 measurement(s))</source>
        <translation>Se restauró trabajo de medición no guardado (%1 medida(s))</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="71"/>
        <source>Saved measurements could not be read: %1</source>
        <translation>No se pudieron leer las medidas guardadas: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="89"/>
        <source>Measurements could not be saved: %1</source>
        <translation>No se pudieron guardar las medidas: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="109"/>
        <source>Auto Cobb needs Osteon built with LibTorch (the AI engine)</source>
        <translation>El Cobb automático necesita Osteon compilado con LibTorch (el motor de IA)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="110"/>
        <source>Auto Cobb is already running</source>
        <translation>El Cobb automático ya está en ejecución</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="111"/>
        <source>Auto Cobb: open a spine X-ray first</source>
        <translation>Cobb automático: abra primero una radiografía de columna</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="113"/>
        <source>Auto Cobb works on a single AP spine radiograph, not on a %1-slice series</source>
        <translation>El Cobb automático funciona sobre una única radiografía AP de columna, no sobre una serie de %1 cortes</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="119"/>
        <source>Auto Cobb: finding the vertebrae...</source>
        <translation>Cobb automático: buscando las vértebras...</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="148"/>
        <location filename="../ui/annotate/measure_tool.cpp" line="187"/>
        <source>Auto Cobb failed: %1</source>
        <translation>El Cobb automático falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="148"/>
        <source>no image</source>
        <translation>sin imagen</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="176"/>
        <source>Auto Cobb: %1° (%2-%3), %4°, %5°; ALS %6 (%7 ms). Drag a corner to correct it.</source>
        <translation>Cobb automático: %1° (%2-%3), %4°, %5°; ALS %6 (%7 ms). Arrastre una esquina para corregirla.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="181"/>
        <source>undecided</source>
        <translation>indeciso</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="290"/>
        <source>Measured %1</source>
        <translation>Medido: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="324"/>
        <source>Moved %1 %2: principal Cobb angle %3</source>
        <translation>%1 %2 movida: ángulo de Cobb principal %3</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="326"/>
        <source>top-left</source>
        <translation>superior izquierda</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="326"/>
        <source>top-right</source>
        <translation>superior derecha</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="326"/>
        <source>bottom-left</source>
        <translation>inferior izquierda</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="327"/>
        <source>bottom-right</source>
        <translation>inferior derecha</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="389"/>
        <source>Cobb %1° (%2-%3)</source>
        <translation>Cobb %1° (%2-%3)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="393"/>
        <source>%1°  %2°  %3</source>
        <translation>%1°  %2°  %3</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="396"/>
        <source>S-shaped</source>
        <translation>en S</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="396"/>
        <source>C-shaped</source>
        <translation>en C</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="397"/>
        <source>ALS %1</source>
        <translation>ALS %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="399"/>
        <source>undecided (%1)</source>
        <translation>indeciso (%1)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="404"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="441"/>
        <source>Cobb %1</source>
        <translation>Cobb %1</translation>
    </message>
</context>
<context>
    <name>ProbabilityChart</name>
    <message>
        <location filename="../ui/ai/probability_chart.cpp" line="113"/>
        <source>No result yet</source>
        <translation>Todavía no hay resultado</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="20"/>
        <source>(no description)</source>
        <translation>(sin descripción)</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="22"/>
        <source> [stack %1]</source>
        <translation> [pila %1]</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="75"/>
        <source>Reading headers</source>
        <translation>Leyendo encabezados</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="93"/>
        <source>Loading %1</source>
        <translation>Cargando %1</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="125"/>
        <source>%1: no images found</source>
        <translation>%1: no se encontraron imágenes</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="130"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shell/shortcuts_dialog.cpp" line="14"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts_dialog.cpp" line="17"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts_dialog.cpp" line="17"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>StudyBrowser</name>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="12"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="12"/>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="12"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="37"/>
        <source>(no patient)</source>
        <translation>(sin paciente)</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="44"/>
        <source>(no study description)</source>
        <translation>(sin descripción del estudio)</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="52"/>
        <source>%1 x %2 x %3, %4</source>
        <translation>%1 x %2 x %3, %4</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="22"/>
        <source>Osteon radiology viewer</source>
        <translation>Visor radiológico Osteon</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="27"/>
        <source>DICOM files or folders, DICOMDIR, or images to open</source>
        <translation>Archivos o carpetas DICOM, DICOMDIR o imágenes para abrir</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="29"/>
        <source>View layout: 1x1, 1x3 or 2x2</source>
        <translation>Disposición de vistas: 1x1, 1x3 o 2x2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="31"/>
        <source>User interface language: en, pt_BR or es</source>
        <translation>Idioma de la interfaz: en, pt_BR o es</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="35"/>
        <source>Save a screenshot of the window once the study is shown, then quit</source>
        <translation>Guardar una captura de la ventana cuando se muestre el estudio y salir</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="40"/>
        <source>Print the time from start to the first image shown, then quit</source>
        <translation>Mostrar el tiempo desde el inicio hasta la primera imagen y salir</translation>
    </message>
</context>
<context>
    <name>osteon::ui::AiPanel</name>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="35"/>
        <source>demo: trained on synthetic phantoms, not for clinical use</source>
        <translation>demo: entrenado con fantomas sintéticos, no apto para uso clínico</translation>
    </message>
</context>
</TS>
